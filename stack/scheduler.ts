// The local stand-in for Supabase's scheduled jobs (pg_cron + pg_net on a real project): the dunning run once a
// day — at start and whenever the date in China changes — outbox delivery and the folding of the analytics
// summaries' delta rows every minute, all with the service-role key through the API, as a real schedule calls them.
export interface Scheduler {
  stop(): void;
}

const chinaDate = (): string => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

export function startScheduler(apiUrl: string, serviceRoleKey: string, log: (line: string) => void): Scheduler {
  const call = async (name: string, body: unknown = {}, route = 'functions/v1') => {
    try {
      const res = await fetch(`${apiUrl}/${route}/${name}`, {
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
    await call('compact_analytics', {}, 'rest/v1/rpc');
    busy = false;
  };
  void tick();
  const timer = setInterval(() => void tick(), 60_000);
  return { stop: () => clearInterval(timer) };
}
