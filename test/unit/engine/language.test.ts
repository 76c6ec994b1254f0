import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { isMostlyEnglish } from '../../../lib/engine/language';
import { LEADS_WITH_OUTCOME } from './eval-answers';

const FOREIGN: Record<string, string> = {
  French:
    "Dans mon ancien poste, le service de webhooks appartenait à une autre équipe et personne ne s'en occupait. J'ai analysé les journaux, reproduit le problème en local et corrigé la logique de nouvelle tentative. Le taux d'échec est passé de 0,3 % à zéro. Nous étions contents.",
  Spanish:
    'En mi trabajo anterior, el servicio de webhooks pertenecía a otro equipo y nadie se encargaba de él. Analizamos los registros, reprodujimos el fallo en local y corregimos la lógica de reintentos. Todo salió bien y el equipo quedó contento.',
  German:
    'In meiner letzten Firma gehörte der Webhook-Dienst einem anderen Team, und niemand kümmerte sich darum. Wir haben die Logs analysiert, den Fehler lokal reproduziert und die Wiederholungslogik korrigiert. Das Team war zufrieden.',
  Chinese: '在我上一份工作中，webhook 服务属于另一个团队，没有人负责。我们分析了日志，在本地重现了问题，并修复了重试逻辑。团队很满意。',
  Japanese: '前の職場では、Webhook サービスは別のチームの担当で、誰も対応していませんでした。私たちはログを分析し、ローカルで障害を再現し、リトライ処理を修正しました。チームは満足しました。',
  'French with English tech words':
    "Dans mon ancien poste, le webhook dispatcher (owned by the Platform team) appartenait à une autre équipe. J'ai analysé les logs, reproduit le bug en local et corrigé la retry logic avec des tests. Le taux d'échec est passé de 0,3 % à zéro, soit environ 8 000 dollars par semaine.",
};

describe('text that is mostly not English', () => {
  for (const [language, text] of Object.entries(FOREIGN)) {
    it(`${language}: no findings, a not-english notice, and the checklist all open`, () => {
      const report = analyze(text, { question: 'production-incident', focus: 'ownership', level: 'senior' });
      expect(report.notice).toBe('not-english');
      expect(report.stories).toHaveLength(1);
      const story = report.stories[0]!;
      expect(story.findings).toEqual([]);
      expect(story.words).toBeGreaterThan(20);
      expect(story.checklist.length).toBeGreaterThan(0);
      expect(story.checklist.every((c) => !c.done)).toBe(true);
    });
  }

  it('lists the same checklist items as for an English answer with the same options', () => {
    const options = { question: 'production-incident', focus: 'ownership', level: 'senior' } as const;
    const ids = (text: string) => analyze(text, options).stories[0]!.checklist.map((c) => c.id);
    expect(ids(FOREIGN.French!)).toEqual(ids(LEADS_WITH_OUTCOME));
  });

  it('still coaches an English answer that quotes a few words of another language', () => {
    const text = `${LEADS_WITH_OUTCOME} My French colleague called it « un vrai casse-tête ».`;
    expect(analyze(text).notice).toBeUndefined();
  });

  it('leaves one foreign story in an English prep doc uncoached, without a document notice', () => {
    const text = `## Webhook outage\n${LEADS_WITH_OUTCOME}\n\n## Mon histoire\n${FOREIGN.French}`;
    const report = analyze(text);
    expect(report.notice).toBeUndefined();
    expect(report.stories).toHaveLength(2);
    expect(report.stories[1]!.findings).toEqual([]);
    expect(report.stories[1]!.checklist.every((c) => !c.done)).toBe(true);
  });

  it('treats very short text as English (too little to tell)', () => {
    expect(isMostlyEnglish('Bonjour')).toBe(true);
    expect(analyze('Bonjour').notice).toBeUndefined();
  });

  it('judges a text by its words, however its lines were met before (lines are counted once and kept)', () => {
    const french = FOREIGN.French!.replaceAll('. ', '.\n');
    const mixed = `${LEADS_WITH_OUTCOME}\n\n${french}`;
    expect(isMostlyEnglish(french)).toBe(false);
    expect(isMostlyEnglish(mixed)).toBe(true);
    expect(isMostlyEnglish(french)).toBe(false);
    // Split into lines anywhere between words, the same words give the same verdict.
    expect(isMostlyEnglish(FOREIGN.Spanish!.replaceAll(' ', '\n'))).toBe(false);
    expect(isMostlyEnglish(LEADS_WITH_OUTCOME.replaceAll(' ', '\n'))).toBe(true);
  });

  it('counts Chinese and Japanese speaking time from characters, not spaces', () => {
    expect(analyze(FOREIGN.Chinese!).stories[0]!.seconds).toBeGreaterThan(10);
    expect(analyze(FOREIGN.Japanese!).stories[0]!.seconds).toBeGreaterThan(10);
  });
});

describe('terse English notes are English', () => {
  it('coaches a STAR outline written as fragments, with few function words', () => {
    const text = 'Situation: Nightly invoice export failing, finance team blocked.\nTask: Fix export before quarter close.\nAction:\n- Traced failures through job logs\n- Found locked staging table\n- Moved export onto read replica\nResult:\n- Zero failed exports since\n- Finance closed quarter on schedule';
    expect(isMostlyEnglish(text)).toBe(true);
    expect(analyze(text).notice).toBeUndefined();
  });
});
