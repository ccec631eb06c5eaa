/**
 * The peak resident memory of one step of a process, apart from what came before it. `maxRSS` is the peak of the
 * whole process: on a huge page it is often jsdom's parse, which the engine never sees, so it cannot say what
 * cleaning itself costs. Linux can reset the peak (`/proc/self/clear_refs`, "5") and report it again
 * (`VmHWM` in `/proc/self/status`); elsewhere the step's peak is unknown (null).
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** Starts a step: resets the process's peak to its current RSS. False when the system cannot. */
export function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/** The peak RSS in MB since `resetPeakRss`, or null when the system does not say. */
export function peakRssMb(): number | null {
  try {
    const line = /^VmHWM:\s*(\d+)\s*kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return line ? Number(line[1]) / 1024 : null;
  } catch {
    return null;
  }
}
