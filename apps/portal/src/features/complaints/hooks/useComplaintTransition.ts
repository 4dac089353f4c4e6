// The transitions of a complaint. Each sends the version the page showed (a stale one is
// refused with CONFLICT) and answers the complaint as it now is, which updates the page.
import { useMutation } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import {
  AcknowledgeComplaintMutation,
  AssignComplaintHandlerMutation,
  CloseComplaintMutation,
  DecideComplaintMutation,
  ExtendComplaintMutation,
  MergeComplaintMutation,
  PauseComplaintMutation,
  ReopenComplaintMutation,
  ResumeComplaintMutation,
  StartComplaintMutation,
  WithdrawComplaintMutation,
} from '../graphql/complaints.graphql';
import { COMPLAINT_REFETCH } from './useComplaints';

interface Versioned {
  id: string;
  version: number;
}

const PLAIN = {
  ACKNOWLEDGE: AcknowledgeComplaintMutation,
  START: StartComplaintMutation,
  RESUME: ResumeComplaintMutation,
};
export type PlainAction = keyof typeof PLAIN;

const WITH_NOTE = {
  PAUSE: PauseComplaintMutation,
  WITHDRAW: WithdrawComplaintMutation,
  REOPEN: ReopenComplaintMutation,
};
export type NoteAction = keyof typeof WITH_NOTE;

const options = { refetchQueries: COMPLAINT_REFETCH };

/** Acknowledge, start or resume: nothing to say but the version. */
export function usePlainTransition(action: PlainAction) {
  const document: TypedDocumentNode<unknown, Versioned> = PLAIN[action];
  return useMutation(document, options);
}

/** Pause, withdraw or reopen: with a note saying why. */
export function useNoteTransition(action: NoteAction) {
  const document: TypedDocumentNode<unknown, Versioned & { note: string }> = WITH_NOTE[action];
  return useMutation(document, options);
}

export const useAssignHandler = () => useMutation(AssignComplaintHandlerMutation, options);
export const useExtendComplaint = () => useMutation(ExtendComplaintMutation, options);
export const useMergeComplaint = () => useMutation(MergeComplaintMutation, options);
export const useDecideComplaint = () => useMutation(DecideComplaintMutation, options);
export const useCloseComplaint = () => useMutation(CloseComplaintMutation, options);
