import cronstrue from 'cronstrue';
import type { Trigger } from '@/lib/kfp/wire/recurring-run.ts';

const UNITS = [
  { seconds: 86_400, name: 'day' },
  { seconds: 3600, name: 'hour' },
  { seconds: 60, name: 'minute' },
  { seconds: 1, name: 'second' },
] as const;

/** `every N minutes/hours/days`, in the largest unit that divides the interval. */
export function describeInterval(intervalSeconds: string): string {
  const seconds = Number(intervalSeconds);
  if (!Number.isSafeInteger(seconds) || seconds <= 0)
    return `Invalid interval (${intervalSeconds} s)`;
  const unit = UNITS.find((candidate) => seconds % candidate.seconds === 0) ?? UNITS[3];
  const count = seconds / unit.seconds;
  return count === 1 ? `Every ${unit.name}` : `Every ${count} ${unit.name}s`;
}

/** KFP cron: 6 fields, seconds first (`0 30 14 * * ?`), as cronstrue reads a 6-field expression. */
export function describeCron(cron: string): string {
  const fields = cron.trim().split(/\s+/);
  if (fields.length < 6 || fields.length > 7)
    return `Invalid cron “${cron}”: KFP expects 6 fields, seconds first`;
  try {
    return cronstrue.toString(fields.join(' '), {
      use24HourTimeFormat: true,
      throwExceptionOnParseError: true,
    });
  } catch (error) {
    return `Invalid cron “${cron}”${error instanceof Error ? `: ${error.message}` : ''}`;
  }
}

export function describeTrigger(trigger: Trigger | undefined): string {
  if (trigger?.cron_schedule !== undefined && trigger.cron_schedule.cron !== '')
    return describeCron(trigger.cron_schedule.cron);
  if (trigger?.periodic_schedule !== undefined)
    return describeInterval(trigger.periodic_schedule.interval_second);
  return 'No trigger';
}

/** The raw trigger, for a tooltip next to the description. */
export function rawTrigger(trigger: Trigger | undefined): string | undefined {
  if (trigger?.cron_schedule !== undefined && trigger.cron_schedule.cron !== '')
    return `cron: ${trigger.cron_schedule.cron}`;
  if (trigger?.periodic_schedule !== undefined)
    return `every ${trigger.periodic_schedule.interval_second} s`;
  return undefined;
}
