import { dropNegated } from './negation';
// Investigation steps: how the speaker found the cause, with data rather than guesses.
const INVESTIGATION =
  /\b(?:reproduc(?:ed|e|ing|tion)|repro|logs?|log lines|traced?|tracing|traces|profil(?:e|ed|er|ing)|flame ?graphs?|heap dumps?|thread dumps?|stack traces?|debugg(?:ed|er|ing)|bisect(?:ed|ing)?|git bisect|test(?:s|ed|ing)?|measur(?:ed|ing|ements?)|metrics|(?:on|in|at|from|checked|watched|looked at|read|studied|pulled up|opened) (?:the |our |their |a |an |its )?(?:[\w-]+ ){0,2}?(?:dashboards?|graphs?)|query plans?|EXPLAIN|tcpdump|packet captures?|instrument(?:ed|ing|ation)|benchmark(?:ed|s|ing)?|load[- ]test(?:ed|ing)?|A\/B test|hypothes[ie]s|root cause|diff(?:ed)? (?:the )?(?:configs?|deploys?|releases?)|compared|analy[sz](?:ed|is|ing)|(?:pulled|queried|checked|looked at|went through|dug through|examined|inspected|sliced|segmented|read) (?:\w+ ){0,4}?(?:data|records|events|requests|samples|traffic|tickets)|sampled|correlated|narrowed (?:it )?down|ruled out|dug into|investigat(?:ed|ing|ion))(?!\w)/i;

export function hasInvestigation(text: string): boolean {
  return INVESTIGATION.test(dropNegated(text));
}
