/**
 * The Monte Carlo seed as typed. The generator takes a whole number from 0 to 4,294,967,295 (32 bits;
 * models/uncertainty/random.ts): anything else is refused with the model's own sentence here, before a
 * run, rather than cut to 32 bits and reported as given.
 */
import { useId } from 'react';
import { seedProblem } from '../engine.ts';

/** The seed a text gives, or the sentence saying why it gives none. */
export function readSeed(text: string): { seed: number; problem: null } | { seed: null; problem: string } {
  const cleaned = text.replace(/[,\s]/g, '');
  const seed = /^[+-]?\d+(\.\d*)?([eE][+-]?\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
  const problem = seedProblem(seed, text.trim());
  return problem === null ? { seed, problem } : { seed: null, problem };
}

export function SeedField({ text, onChange }: { text: string; onChange(text: string): void }) {
  const errorId = useId();
  const { problem } = readSeed(text);
  return (
    <>
      <label>
        Seed{' '}
        <input
          className={`num-input ${problem ? 'is-invalid' : ''}`}
          inputMode="numeric"
          aria-label="Random seed"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? errorId : undefined}
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      </label>
      {problem ? (
        <p id={errorId} className="diag diag--error mc-controls__error" role="alert">
          {problem}
        </p>
      ) : null}
    </>
  );
}
