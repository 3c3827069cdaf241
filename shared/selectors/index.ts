/**
 * Read-only views computed from a workshop. Screens, the PDF and benchmarks
 * all use these, so a number means the same everywhere.
 */
export {
  countedRatings,
  heatmap,
  overallIndex,
  pillarScores,
  stageScores,
  toIndex,
  touchpointAverage,
  weakestPillarPerStage,
  type HeatmapRow,
  type PillarCell,
  type PillarScore,
  type StageScore,
  type WeakestPillar,
} from './scores';
export { ratingCoverage, teamsWithCards, type RatingCoverage, type TeamRatingCoverage } from './coverage';
export { disagreements, ratingProgress, type Disagreement } from './disagreement';
export {
  DISCUSS_SPREAD,
  disagreementsToDiscuss,
  insights,
  PAIN_THRESHOLD,
  painPoints,
  rememberedPainPoints,
  stageIndexes,
  uncountedRatings,
  visibleTeam,
  weightedIndex,
  type Insights,
  type PainPoint,
  type StageIndex,
  type UncountedRatings,
} from './insights';
export {
  cellTouchpoints,
  emotionCurve,
  momentsOfTruth,
  touchpointsOfTeam,
  type EmotionPoint,
} from './journey';
export {
  ballotOf,
  dotsByFix,
  dotsLeft,
  dotsOn,
  dotsSpent,
  finalRanking,
  impactEffortMatrix,
  isCandidate,
  openRound,
  resultsVisible,
  roundCandidates,
  roundRules,
  tallyVoters,
  voteRanking,
  votersWhoVoted,
  votingStarted,
  type MatrixPoint,
  type RankedFix,
  type RoundRules,
} from './voting';
export { viewForTeam } from './team-view';
