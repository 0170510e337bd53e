import type { CompiledScenario } from './compileScenario.ts';
import { execute, linkProgram } from './vm.ts';

/** A compiled scenario instantiated for a number of lanes: its memory and linked program. */
export interface Machine {
  compiled: CompiledScenario;
  lanes: number;
  mem: Float64Array;
  uniformCode: Int32Array;
  code: Int32Array;
}

export function createMachine(compiled: CompiledScenario, lanes: number): Machine {
  const mem = new Float64Array(compiled.slotCount * lanes);
  for (const { slot, value } of compiled.constants) mem.fill(value, slot * lanes, (slot + 1) * lanes);
  return {
    compiled,
    lanes,
    mem,
    uniformCode: linkProgram(compiled.uniformCode, lanes),
    code: linkProgram(compiled.code, lanes),
  };
}

/** Put one value of parameter `p` (index into compiled.parameters) into every lane. */
export function fillParameter(machine: Machine, p: number, value: number): void {
  const offset = machine.compiled.paramSlots[p]! * machine.lanes;
  machine.mem.fill(value, offset, offset + machine.lanes);
}

/** Offset of the first lane of parameter `p` in machine.mem. */
export function parameterOffset(machine: Machine, p: number): number {
  return machine.compiled.paramSlots[p]! * machine.lanes;
}

/** Offset of the first lane of evaluated node `n` (index into compiled.nodeIds) in machine.mem. */
export function nodeOffset(machine: Machine, n: number): number {
  return machine.compiled.nodeSlots[n]! * machine.lanes;
}

/**
 * Run every year of the horizon over all lanes with the parameters already filled in; `onYear` reads
 * what it needs from machine.mem before the next year overwrites it.
 */
export function runYears(machine: Machine, onYear: (yearIndex: number) => void): void {
  const { compiled, lanes, mem, code, uniformCode } = machine;
  const fillSlot = (slot: number, value: number) => mem.fill(value, slot * lanes, (slot + 1) * lanes);
  compiled.years.forEach((year, y) => {
    fillSlot(compiled.timeSlots.t, y);
    fillSlot(compiled.timeSlots.year, year);
    for (const { slot, measure, sector } of compiled.baseSlots) {
      const gva = compiled.baseGva[sector]![y]!;
      const jobs = compiled.baseJobs[sector]![y]!;
      fillSlot(slot, measure === 'gva' ? gva : measure === 'jobs' ? jobs : (gva * 1e6) / jobs);
    }
    // Lane-invariant work once, on the first lane, then copied to the others that read it.
    execute(uniformCode, mem, 1, y, lanes);
    if (lanes > 1) {
      for (const slot of compiled.broadcastSlots) mem.fill(mem[slot * lanes]!, slot * lanes + 1, (slot + 1) * lanes);
    }
    execute(code, mem, lanes, y);
    onYear(y);
    for (const { from, to } of compiled.prevCopies) mem.copyWithin(to * lanes, from * lanes, (from + 1) * lanes);
    // This year's value joins the node's history, read by delay() and persist() in later years.
    for (const { from, base } of compiled.historyCopies)
      mem.copyWithin((base + y) * lanes, from * lanes, (from + 1) * lanes);
  });
}
