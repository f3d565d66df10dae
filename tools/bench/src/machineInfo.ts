import { readFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, release, totalmem } from 'node:os';

/** Where and when a bench ran, recorded beside every result. */
export interface MachineInfo {
  /** `model name` from /proc/cpuinfo (or `os.cpus()` elsewhere), e.g. `AMD EPYC`. */
  readonly cpuModel: string;
  readonly logicalCpus: number;
  readonly totalMemoryGiB: number;
  /** 1-minute load average at the start: above ~0.5 on this 2-vCPU machine, expect noise. */
  readonly loadAverage1m: number;
  /** `process.version`, e.g. `v20.20.2`. */
  readonly nodeVersion: string;
  readonly v8Version: string;
  /** e.g. `linux 6.1.0 x64`. */
  readonly os: string;
  /** ISO 8601 start time of the run. */
  readonly date: string;
}

/**
 * Collects the machine description recorded in every report.
 *
 * @param now - start time of the run (injected for tests)
 * @returns CPU model, core count, memory, load, Node/V8 versions, OS and date
 * @example
 * ```ts
 * collectMachineInfo(new Date()).cpuModel; // 'AMD EPYC'
 * ```
 */
export function collectMachineInfo(now: Date): MachineInfo {
  const cpuList = cpus();
  return {
    cpuModel: cpuModelFromProcCpuinfo() ?? cpuList[0]?.model.trim() ?? 'unknown',
    logicalCpus: cpuList.length,
    totalMemoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadAverage1m: readLoadAverage1m(),
    nodeVersion: process.version,
    v8Version: process.versions.v8,
    os: `${platform()} ${release()} ${arch()}`,
    date: now.toISOString(),
  };
}

/**
 * The 1-minute load average, rounded to 2 decimals (0 where the OS does not report it).
 *
 * @returns runnable processes averaged over the last minute; our own bench adds about 1
 * @example
 * ```ts
 * readLoadAverage1m(); // 0.12 on a quiet machine
 * ```
 */
export function readLoadAverage1m(): number {
  return Math.round((loadavg()[0] ?? 0) * 100) / 100;
}

function cpuModelFromProcCpuinfo(): string | undefined {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    return match?.[1]?.trim();
  } catch {
    return undefined; // not Linux: fall back to os.cpus()
  }
}
