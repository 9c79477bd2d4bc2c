import { describe, expect, it } from 'vitest';
import { filterString, recordFilter } from './filter.ts';

describe('recordFilter', () => {
  it('searches names, display names and task names with LIKE', () => {
    expect(recordFilter({ text: ' train ', field: 'name' })).toBe(
      "(name LIKE '%train%' OR custom_properties.display_name.string_value LIKE '%train%' OR custom_properties.task_name.string_value LIKE '%train%')",
    );
  });

  it('searches types, and pipelines through the pipeline context', () => {
    expect(recordFilter({ text: 'HTML', field: 'type' })).toBe("type LIKE '%HTML%'");
    expect(recordFilter({ text: 'iris', field: 'pipeline' })).toBe(
      "contexts_p.type = 'system.Pipeline' AND contexts_p.name LIKE '%iris%'",
    );
  });

  it('is empty without text, and escapes quotes and backslashes', () => {
    expect(recordFilter({ text: '  ', field: 'name' })).toBe('');
    expect(filterString("it's a\\b")).toBe("'it\\'s a\\\\b'");
  });
});
