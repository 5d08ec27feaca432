// What every function's handler needs: JSON answers, the service-role check, and "today" in China.
export const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Today in China (UTC+8, no daylight saving). */
export const chinaToday = (): string => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** The request carries the service-role key (the scheduler), not a user's token. */
export const byServiceRole = (req: Request, serviceRoleKey: string): boolean =>
  req.headers.get('authorization') === `Bearer ${serviceRoleKey}`;

export async function jsonBody(req: Request): Promise<unknown> {
  try {
    return await req.json();
  } catch {
    return undefined;
  }
}
