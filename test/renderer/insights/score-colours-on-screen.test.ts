// The screens colour scores from the one shared scale, as the PDF does
// (test/main/export/plan-sections.test.ts): an Insights heatmap cell as
// React draws it, a Rate cell and a cell on the wall all take
// shared/present/score-colours.ts's colours for the same score.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HeatCell } from '../../../renderer/features/insights/HeatRow';
import { heatColour as wallColour } from '../../../renderer/features/present/heat-colours';
import { cellColours } from '../../../renderer/features/rating/rating-format';
import { scoreColour } from '../../../shared/present/score-colours';

const SCORES = [1, 1.4, 2, 2.5, 3, 3.6, 4, 4.4, 5];

describe('score colours on the screens', () => {
  it('colours an Insights heatmap cell with the shared scale', () => {
    for (const average of [...SCORES, null]) {
      const { background, text } = scoreColour(average);
      const html = renderToStaticMarkup(createElement('table', null, createElement('tbody', null, createElement('tr', null, createElement(HeatCell, { average })))));
      expect(html, String(average)).toContain(`background:${background};color:${text}`);
    }
  });

  it('colours a Rate cell and a cell on the wall with the shared scale', () => {
    for (const score of [1, 2, 3, 4, 5]) {
      const { background, text, band } = scoreColour(score);
      expect(cellColours(score)).toEqual({ background, color: text });
      expect(wallColour(score)).toEqual({ background, text, band });
    }
    expect(cellColours(undefined)).toBeUndefined();
    expect(cellColours(null)).toBeUndefined();
    expect(wallColour(null)).toBeNull();
    expect(wallColour(3.6)).toEqual(scoreColour(4));
  });
});
