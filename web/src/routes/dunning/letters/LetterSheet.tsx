// One dunning notice as the owner receives it: one A4 page, the office's name, the title the stage gives it
// (首次/第二次/最后催款通知单) and the channel plugin's own wording, so the printed notice is the delivered one.
import type { Letter } from '../letters';

export function LetterSheet({ letter }: { readonly letter: Letter }) {
  return (
    <section className="fg-dunning-letter" data-testid="dunning-letter">
      <header>
        <div>{letter.project}</div>
        <h2 data-testid="dunning-letter-title">{letter.title}</h2>
      </header>
      {letter.lines.map((line, i) => <p key={i}>{line}</p>)}
      <p className="fg-dunning-letter-sign">{letter.signature}</p>
    </section>
  );
}
