// How a receipt number is printed: the project's gapless counter, zero-padded to eight digits (No.00000012), so the
// numbers of a receipt book line up and sort as text; a counter past eight digits is printed whole.
const DIGITS = 8;

export function formatReceiptNo(receiptNo: number): string {
  if (!Number.isSafeInteger(receiptNo) || receiptNo < 1) throw new RangeError(`not a receipt number: ${receiptNo}`);
  return String(receiptNo).padStart(DIGITS, '0');
}
