// The screens colour scores from the one shared scale, as the PDF does
// (test/main/export/plan-sections.test.ts): an Insights heatmap cell as
// React draws it, a Rate cell and a cell on the wall all take
// shared/present/score-colours.ts's colours for the same score — its
// high-contrast set when the page is in high contrast.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Heatmap } from '../../../renderer/features/insights/Heatmap';
import { HeatCell } from '../../../renderer/features/insights/HeatRow';
import { ScoreLookProvider } from '../../../renderer/ui';
import { heatColour as wallColour } from '../../../renderer/features/present/heat-colours';
import { cellColours } from '../../../renderer/features/rating/rating-format';
import { scoreColour, scoreLegend, type ScoreLook } from '../../../shared/present/score-colours';

const SCORES = [1, 1.4, 2, 2.5, 3, 3.6, 4, 4.4, 5];

describe('score colours on the screens', () => {
  it('colours an Insights heatmap cell with the shared scale', () => {
    for (const average of [...SCORES, null]) {
      const { background, text } = scoreColour(average);
      const html = renderToStaticMarkup(createElement('table', null, createElement('tbody', null, createElement('tr', null, createElement(HeatCell, { average, look: 'normal' })))));
      expect(html, String(average)).toContain(`background:${background};color:${text}`);
    }
  });

  it('colours a Rate cell and a cell on the wall with the shared scale, in either look', () => {
    for (const look of ['normal', 'high'] as const) {
      for (const score of [1, 2, 3, 4, 5]) {
        const { background, text, band } = scoreColour(score, look);
        expect(cellColours(score, look)).toEqual({ background, color: text });
        expect(wallColour(score, look)).toEqual({ background, text, band });
      }
      expect(cellColours(undefined, look)).toBeUndefined();
      expect(cellColours(null, look)).toBeUndefined();
      expect(wallColour(null, look)).toBeNull();
      expect(wallColour(3.6, look)).toEqual(scoreColour(4, look));
    }
    expect(cellColours(2, 'high')).not.toEqual(cellColours(2, 'normal'));
  });

  it('draws the Insights legend in the high-contrast set inside a page that chose it, and the normal set otherwise', () => {
    const legend = (look: ScoreLook | null) =>
      renderToStaticMarkup(createElement(ScoreLookProvider, { value: look }, createElement(Heatmap, { rows: [], pillars: [], stageNames: new Map() })));
    for (const band of scoreLegend('high')) expect(legend('high')).toContain(`background:${band.background};color:${band.text}`);
    for (const band of scoreLegend('normal')) expect(legend(null)).toContain(`background:${band.background};color:${band.text}`);
    expect(legend(null)).not.toContain(`background:${scoreLegend('high')[0]?.background ?? ''}`);
  });
});
