/**
 * Converts full-width ASCII (what Chinese input methods and many spreadsheets produce,
 * e.g. "１２３．５０") and the ideographic space to their half-width forms.
 */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}
