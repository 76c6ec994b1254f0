// The current text of a field, in the offsets that apply and reveal use.
import { isValueField, type Field } from './field-root';
import { readRichText, type RichText } from './rich-text';

export function fieldText(field: Field): string {
  return isValueField(field) ? field.value : readRichText(field).text;
}

export type FieldSnapshot = { kind: 'value'; text: string } | { kind: 'rich'; text: string; rich: RichText };

export function snapshotField(field: Field): FieldSnapshot {
  if (isValueField(field)) return { kind: 'value', text: field.value };
  const rich = readRichText(field);
  return { kind: 'rich', text: rich.text, rich };
}
