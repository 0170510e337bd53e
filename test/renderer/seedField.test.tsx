/**
 * The Monte Carlo seed field: the generator takes 32 bits, so a seed outside 0 to 4,294,967,295 is
 * refused with the model's sentence before a run instead of being cut to 32 bits and reported as given.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { UncertaintyPanel } from '../../renderer/results/UncertaintyPanel.tsx';
import type { useMonteCarlo } from '../../renderer/results/useMonteCarlo.ts';
import { renderWithStore } from './helpers.tsx';

afterEach(cleanup);

function panel() {
  const start = vi.fn();
  const mc: ReturnType<typeof useMonteCarlo> = {
    progress: { running: false, done: 0, total: 0, error: null },
    start,
    cancel: () => undefined,
  };
  renderWithStore(<UncertaintyPanel mc={mc} />);
  const field = screen.getByRole('textbox', { name: 'Random seed' });
  const run = screen.getByRole('button', { name: 'Run Monte Carlo' });
  return { start, field, run };
}

describe('the seed field', () => {
  it('refuses 2^32 + 1 with a sentence and does not run', () => {
    const { start, field, run } = panel();
    fireEvent.change(field, { target: { value: '4294967297' } });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(
      'The seed must be a whole number from 0 to 4,294,967,295 (the random generator uses 32 bits), not 4,294,967,297.',
    );
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(alert.id);
    expect((run as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(run);
    expect(start).not.toHaveBeenCalled();
  });

  it('refuses fractions, negatives and words, naming what was typed', () => {
    const { field } = panel();
    for (const [typed, shown] of [
      ['1.5', '1.5'],
      ['-3', '-3'],
      ['forty', '“forty”'],
      ['', '“”'],
    ]) {
      fireEvent.change(field, { target: { value: typed } });
      expect(screen.getByRole('alert').textContent).toContain(`(the random generator uses 32 bits), not ${shown}.`);
    }
  });

  it('runs with the largest seed as typed, and with the default 42', () => {
    const { start, field, run } = panel();
    fireEvent.click(run);
    expect(start).toHaveBeenLastCalledWith(2000, 42);
    fireEvent.change(field, { target: { value: '4,294,967,295' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(run);
    expect(start).toHaveBeenLastCalledWith(2000, 4294967295);
  });
});
