// Promises to pay still to come: what pauses an owner's dunning. The run pauses an owner until the latest date
// they promised (dunning_candidates: max(promise_date) not yet past), so each owner shows once, with that date.

export interface PromiseRow {
  readonly id: string;
  readonly owner_id: string | null;
  readonly promise_date: string;
  readonly summary: string;
  readonly contacted_at: string;
  readonly agent_id: string | null;
  readonly owner: { readonly name: string; readonly phone: string | null } | null;
}

/** Each owner's latest promise on or after `asOf`, the soonest first. */
export function pausedOwners(rows: readonly PromiseRow[], asOf: string): PromiseRow[] {
  const latest = new Map<string, PromiseRow>();
  for (const row of rows) {
    if (row.owner_id === null || row.promise_date < asOf) continue;
    const kept = latest.get(row.owner_id);
    if (!kept || row.promise_date > kept.promise_date || (row.promise_date === kept.promise_date && row.contacted_at > kept.contacted_at)) {
      latest.set(row.owner_id, row);
    }
  }
  return [...latest.values()].sort((a, b) => a.promise_date.localeCompare(b.promise_date) || a.id.localeCompare(b.id));
}
