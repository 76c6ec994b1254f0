import { describe, expect, it } from 'vitest';
import { cleanDocsText, docRefFromUrl, docTitle, exportUrl } from '@/lib/sources/google-docs/doc-ref';

describe('Google Doc references', () => {
  it('finds the Doc id and the account index in Docs URLs', () => {
    expect(docRefFromUrl('https://docs.google.com/document/d/1AbC_d-9/edit?tab=t.0')).toEqual({ docId: '1AbC_d-9' });
    expect(docRefFromUrl('https://docs.google.com/document/u/2/d/xyz/edit')).toEqual({ docId: 'xyz', userIndex: 2 });
    expect(docRefFromUrl('https://docs.google.com/spreadsheets/d/xyz/edit')).toBeNull();
    expect(docRefFromUrl('https://evil.example/document/d/xyz/edit')).toBeNull();
  });

  it('builds the export URL on the same account', () => {
    expect(exportUrl({ docId: 'xyz' })).toBe('https://docs.google.com/document/d/xyz/export?format=txt');
    expect(exportUrl({ docId: 'xyz', userIndex: 1 })).toBe('https://docs.google.com/document/u/1/d/xyz/export?format=txt');
  });

  it('shows the Doc title without the Docs suffix', () => {
    expect(docTitle('Interview prep - Google Docs')).toBe('Interview prep');
    expect(docTitle('')).toBe('Google Doc');
  });

  it('turns Docs control characters into line breaks without moving offsets', () => {
    const raw = '\u0003Situation\u001cAction\n';
    expect(cleanDocsText(raw)).toBe('\nSituation\nAction\n');
    expect(cleanDocsText(raw).length).toBe(raw.length);
  });
});
