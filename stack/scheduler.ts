// The local stand-in for Supabase's scheduled functions (pg_cron + pg_net on a real project): the dunning run
// once a day — at start and whenever the date in China changes — and outbox delivery every minute, both with
// the service-role key through the functions route, exactly as a real schedule calls them.
export interface Scheduler {
  stop(): void;
}

const chinaDate = (): string => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

export function startScheduler(apiUrl: string, serviceRoleKey: string, log: (line: string) => void): Scheduler {
  const call = async (name: string, body: unknown = {}) => {
    try {
      const res = await fetch(`${apiUrl}/functions/v1/${name}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${serviceRoleKey}`, apikey: serviceRoleKey, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      log(`scheduler: ${name} → ${res.status} ${(await res.text()).slice(0, 500)}`);
    } catch (e) {
      log(`scheduler: ${name} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  let lastRun = '';
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    const today = chinaDate();
    if (today !== lastRun) {
      lastRun = today;
      await call('dunning-run', { asOf: today });
    }
    await call('outbox-deliver');
    busy = false;
  };
  void tick();
  const timer = setInterval(() => void tick(), 60_000);
  return { stop: () => clearInterval(timer) };
}
