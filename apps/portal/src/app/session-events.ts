// The Apollo link notices an ended session on any request; the auth context reacts to it.
import type { AuthReason } from './errors';

type Listener = (reason: AuthReason | undefined) => void;
const listeners = new Set<Listener>();

export function onSessionEnded(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceSessionEnded(reason: AuthReason | undefined): void {
  for (const listener of listeners) listener(reason);
}
