import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NumberInput } from '../../renderer/common/fields.tsx';

afterEach(cleanup);

describe('NumberInput in per cent', () => {
  it('shows a fraction as a percentage and commits the fraction, without float noise', () => {
    const onCommit = vi.fn();
    render(<NumberInput ariaLabel="Growth" value={0.030971} percent onCommit={onCommit} />);
    const input = screen.getByLabelText('Growth') as HTMLInputElement;
    expect(input.value).toBe('3.0971');
    fireEvent.change(input, { target: { value: '3.0972' } });
    expect(onCommit).toHaveBeenLastCalledWith(0.030972);
    fireEvent.change(input, { target: { value: '-2.5' } });
    expect(onCommit).toHaveBeenLastCalledWith(-0.025);
  });

  it('checks bounds in the stored unit and refuses text', () => {
    const onCommit = vi.fn();
    render(<NumberInput ariaLabel="Deadweight" value={0.2} min={0} max={1} percent onCommit={onCommit} />);
    const input = screen.getByLabelText('Deadweight');
    fireEvent.change(input, { target: { value: '150' } });
    fireEvent.change(input, { target: { value: 'lots' } });
    expect(onCommit).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(input, { target: { value: '100' } });
    expect(onCommit).toHaveBeenLastCalledWith(1);
  });
});
