// Spelled-out numbers people use when they speak ("three teams", "forty minutes").
export const SPELLED_NUMBER =
  '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundreds?|thousands?|millions?|dozens?|a hundred|a thousand|a million|a dozen)';
