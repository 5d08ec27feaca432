// Printable sheets (payment notices, receipts): previewed on screen as paper, printed one sheet per page without
// the console around them. The copy that prints is portalled straight into <body>, so hiding everything else while
// printing is one rule (print.css), and what the preview shows is exactly what prints.
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './print.css';

/** A4 portrait (notices) or A5 landscape (receipts): each sheet is printed on a named @page of that size. */
export type Paper = 'a4' | 'a5-landscape';

interface Props {
  readonly paper: Paper;
  /** One element per sheet. */
  readonly children: ReactNode;
  readonly testId?: string;
}

export function PrintSheets({ paper, children, testId }: Props) {
  return (
    <>
      <div className={`fg-print-preview fg-paper-${paper}`} data-testid={testId}>{children}</div>
      {createPortal(<div className={`fg-print-copy fg-paper-${paper}`}>{children}</div>, document.body)}
    </>
  );
}

/** Opens the print dialog; Chrome names a saved PDF after the page title, so it is `fileName` while the dialog is open. */
export function printAs(fileName: string): void {
  const title = document.title;
  document.title = fileName;
  window.addEventListener('afterprint', () => { document.title = title; }, { once: true });
  window.print();
}
