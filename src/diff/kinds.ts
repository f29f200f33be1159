/**
 * What an event's name alone says about its diff, kept apart from the resolver (./event.ts) so that
 * a run on an event without a diff loads neither it nor git's plumbing (node:child_process).
 */
import type { FailScope } from './model.js';

/** Events on which a pull request's own change decides the verdict by default. */
const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target', 'merge_group']);

/** Events that stand for a change (resolveDiff looks for one); on any other the whole repository is the subject. */
const DIFF_EVENTS: ReadonlySet<string> = new Set([...PULL_REQUEST_EVENTS, 'push']);

/** `fail-scope` when not set: only new findings fail a pull request; every other run judges everything. */
export function defaultFailScope(eventName: string): FailScope {
  return PULL_REQUEST_EVENTS.has(eventName) ? 'new' : 'all';
}

/** Whether resolveDiff has anything to look for on this event (false: it answers "no diff", everything counts). */
export function eventHasDiff(eventName: string): boolean {
  return DIFF_EVENTS.has(eventName);
}
