import { useMutation } from '@apollo/client/react';
import {
  AddContactAddendumMutation,
  CancelPlannedContactMutation,
  CompletePlannedContactMutation,
  EditContactMutation,
  LogContactMutation,
  PlanContactMutation,
} from '../graphql/servicing.graphql';

/**
 * What a contact changes: the queue (a client contacted leaves it), the client's cycle and
 * contacts, its timeline, and the coverage figures of the RM. Awaited, so a dialog closes
 * on the page as it now is.
 */
const CHANGED_BY_A_CONTACT = {
  refetchQueries: ['RevisitQueue', 'ClientServicing', 'ClientTimeline', 'ManagerCoverage'],
  awaitRefetchQueries: true,
};

export const useLogContact = () => useMutation(LogContactMutation, CHANGED_BY_A_CONTACT);
export const usePlanContact = () => useMutation(PlanContactMutation, CHANGED_BY_A_CONTACT);
export const useCompletePlannedContact = () =>
  useMutation(CompletePlannedContactMutation, CHANGED_BY_A_CONTACT);
export const useCancelPlannedContact = () =>
  useMutation(CancelPlannedContactMutation, CHANGED_BY_A_CONTACT);
export const useEditContact = () => useMutation(EditContactMutation, CHANGED_BY_A_CONTACT);
// An addendum changes no date: the contact in the cache is enough.
export const useAddContactAddendum = () => useMutation(AddContactAddendumMutation);
