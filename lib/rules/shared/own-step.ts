// A sentence that tells one of the speaker's own steps ("I wrote…", "I then rolled back…").
export const OWN_STEP =
  /\bI (?:\w+ ){0,2}?(?:\w+ed|built|wrote|ran|led|found|made|took|set|sent|met|spoke|brought|drove|began|chose|dug|rewrote|shipped|kept|put|got|saw|read|caught|held|cut|split|drew|gave|sat|told|spent|rebuilt)(?!\w)/i;
