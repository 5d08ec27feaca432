// The bills grid with 100,000 rows in headless Chromium, production build: how long the page takes to load a
// quarter's bills through PostgREST (pages of 1,000, keyset) into AG Grid's client-side model, the JS heap it
// then holds, and frame times while scrolling — 120 px a frame (a mouse wheel) and a screen a frame (dragging
// the scrollbar). The demo project jxhy gets extra fee items and monthly bills in 2045 Q1 until the quarter
// has exactly `rows` bills.
import pg from 'pg';
import { performance } from 'node:perf_hooks';
import { startThrowawayStack } from '../stack/throwaway.js';
import { ensureDemoData } from '../stack/demo.js';
import { buildConsole, signIn, startConsoleFor } from '../tests/support/console-server.js';

export interface FrameTimes {
  readonly frames: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

export interface GridFigures {
  readonly rows: number;
  readonly loadSeconds: number;
  readonly heapMb: number;
  readonly wheel: FrameTimes;
  readonly drag: FrameTimes;
}

async function seedQuarter(db: pg.Client, rows: number): Promise<void> {
  const project = (await db.query<{ id: string }>(`select id from projects where code = 'jxhy'`)).rows[0]!.id;
  const units = Number((await db.query<{ n: string }>(`select count(*) as n from units where project_id = $1`, [project])).rows[0]!.n);
  const feeItems = Math.ceil(rows / (units * 3));
  await db.query(
    `insert into fee_items (project_id, code, name_zh, name_en, category, cycle)
     select $1, 'bench' || i, '测试费项' || i, 'Bench item ' || i, 'service', 'month' from generate_series(1, $2) i`, [project, feeItems]);
  await db.query(
    `insert into bills (project_id, unit_id, fee_item_id, period_start, period_end, principal, due_date)
     select $1, u.id, f.id, m, (m + interval '1 month - 1 day')::date, 100 + (abs(hashtext(u.id::text || f.id::text)) % 50000) / 100.0, m + 9
       from units u cross join fee_items f cross join (values (date '2045-01-01'), (date '2045-02-01'), (date '2045-03-01')) as months(m)
      where u.project_id = $1 and f.project_id = $1 and f.code like 'bench%'
      limit $2`, [project, rows]);
  await db.query('vacuum analyze bills');
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
const round = (x: number) => Number(x.toFixed(1));

export async function benchBillsGrid(rows = 100_000, log: (line: string) => void = () => undefined): Promise<GridFigures> {
  const { stack, dispose } = await startThrowawayStack('grid');
  const db = new pg.Client(stack.dbUrl);
  try {
    await db.connect();
    await ensureDemoData(stack, () => undefined);
    await seedQuarter(db, rows);
    log(`  seeded ${rows.toLocaleString('en')} bills in jxhy 2045 Q1`);
    const built = await buildConsole(stack);
    const app = await startConsoleFor(built.dir);
    try {
      const page = await signIn(app, 'manager@jxhy.demo', { viewport: { width: 1600, height: 1000 } });
      await page.waitForSelector('[data-testid="project-switcher"]');
      await page.goto(`${app.url}/billing/bills`);
      await page.getByTestId('bills-grid').waitFor();
      await page.getByTestId('bills-quarter').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('2045-Q1');
      const started = performance.now();
      await page.keyboard.press('Enter');
      await page.getByText(`共 ${rows} 张`).waitFor({ timeout: 300_000 });
      await page.locator('.ag-row').first().waitFor();
      const loadSeconds = (performance.now() - started) / 1000;

      const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
      const scroll = async (step: number | 'screen', frames: number): Promise<FrameTimes> => {
        const times = await page.evaluate(async ([step, frames]) => {
          // AG Grid 36 scrolls its rows with this element (the body follows it).
          const viewport = document.querySelector<HTMLElement>('.ag-body-vertical-scroll-viewport')!;
          viewport.scrollTop = 0;
          await new Promise((resolve) => setTimeout(resolve, 200));
          const times: number[] = [];
          let last = performance.now();
          for (let i = 0; i < frames; i++) {
            viewport.scrollTop += step === 'screen' ? viewport.clientHeight : step;
            await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
            const now = performance.now();
            times.push(now - last);
            last = now;
          }
          return times;
        }, [step, frames] as const);
        const sorted = [...times].sort((a, b) => a - b);
        return { frames: times.length, p50: round(percentile(sorted, 0.5)), p95: round(percentile(sorted, 0.95)), max: round(sorted[sorted.length - 1] ?? 0) };
      };
      return {
        rows, loadSeconds: round(loadSeconds), heapMb: Math.round(heap / 1048576),
        wheel: await scroll(120, 300), drag: await scroll('screen', 200),
      };
    } finally {
      await app.close();
      built.remove();
    }
  } finally {
    await db.end().catch(() => undefined);
    await dispose();
  }
}
