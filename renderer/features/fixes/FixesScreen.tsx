/**
 * The Fix screen: every team's proposed fixes on the left; on the right the
 * worst pain points to start from and the form to add (or edit) a fix. A
 * delete happens at once and offers Undo; "Merge into…" folds a fix that
 * says the same as another into it, dots and all.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Fix, Id } from '../../../shared/model';
import { useNotify, useShownFirst } from '../../ui';
import type { ScreenProps } from '../common/screen-props';
import { fixControls, proposerFor } from './fix-controls';
import { draftFromPain, type FixDraft } from './fix-form';
import { FixCard } from './FixCard';
import { FixForm } from './FixForm';
import { MergeDialog } from './MergeDialog';
import { totalDots } from './merge-logic';
import { PainPoints } from './PainPoints';
import { UndoBar } from './UndoBar';
import './fixes.css';
import { useWorkshop } from '../../store/use-live-workshop';

/** More fix cards than a 1080-pixel-high window shows. */
const FIRST_SHOWN = 8;

export function FixesScreen({ dispatch, teamId, undo, seat }: ScreenProps) {
  const workshop = useWorkshop();
  const [editingId, setEditingId] = useState<Id | null>(null);
  const [mergingId, setMergingId] = useState<Id | null>(null);
  const [deleted, setDeleted] = useState<{ readonly message: string; readonly key: Id } | null>(null);
  const [seed, setSeed] = useState<{ readonly draft: FixDraft; readonly key: number } | null>(null);
  const [refusal, setRefusal] = useState<{ readonly fixId: Id; readonly message: string } | null>(null);
  const notify = useNotify();
  // A screenful of fixes at once; the rest of a long list follows without holding the screen up.
  const shown = useShownFirst(workshop.fixes.length, FIRST_SHOWN);
  const dismissDeleted = useCallback(() => setDeleted(null), []);
  /**
   * Where focus goes once the next render is on screen: into the form after
   * Edit, back to the fix after saving, to a neighbour after a delete — never
   * lost to the page when the focused element goes away.
   */
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const selector = pendingFocus.current;
    if (!selector) return;
    pendingFocus.current = null;
    document.querySelector<HTMLElement>(selector)?.focus();
  });

  // The fix may have been deleted from another window meanwhile; then there is nothing to edit.
  const editing = workshop.fixes.find((f) => f.id === editingId);
  const merging = workshop.fixes.find((f) => f.id === mergingId);

  async function remove(fix: Fix) {
    const index = workshop.fixes.findIndex((f) => f.id === fix.id);
    const neighbour = workshop.fixes[index + 1] ?? workshop.fixes[index - 1];
    const dots = totalDots(workshop, fix.id);
    const outcome = await dispatch({ type: 'fix/remove', fixId: fix.id });
    if (!outcome.ok) {
      setRefusal({ fixId: fix.id, message: outcome.message });
      return;
    }
    pendingFocus.current = neighbour ? editButton(neighbour.id) : '#fixes-heading';
    if (editingId === fix.id) setEditingId(null);
    setRefusal(null);
    const withDots = dots > 0 ? ` and the ${dots === 1 ? 'dot' : `${dots} dots`} on it` : '';
    setDeleted({ message: `Deleted the fix “${fix.title}”${withDots}.`, key: fix.id });
  }

  async function merge(from: Fix, kept: Fix): Promise<string | null> {
    const outcome = await dispatch({ type: 'fix/merge', fixId: kept.id, otherFixId: from.id });
    if (!outcome.ok) return outcome.message;
    setMergingId(null);
    if (editingId === from.id) setEditingId(null);
    pendingFocus.current = editButton(kept.id);
    notify.toast(`Merged “${from.title}” into “${kept.title}”. Undo separates them again.`, 'success');
    return null;
  }

  return (
    <section className="fixes-screen" aria-labelledby="fixes-heading">
      <div className="fixes-list-column">
        <h2 id="fixes-heading" className="fixes-heading" tabIndex={-1}>
          Fixes <span className="fixes-count">({workshop.fixes.length})</span>
        </h2>
        {workshop.fixes.length === 0 ? (
          <p className="fixes-empty">
            No fixes yet. Start from a pain point, or propose what would lift the lowest scores, using the form.
          </p>
        ) : (
          <ul className="fixes-list">
            {workshop.fixes.slice(0, shown).map((fix) => {
              // Only what the host would take: on a team's page, Edit on its own fixes and no Delete or merge.
              const may = fixControls(seat, workshop, fix);
              return (
                <FixCard
                  key={fix.id}
                  fix={fix}
                  workshop={workshop}
                  isEditing={fix.id === editing?.id}
                  refusal={refusal?.fixId === fix.id ? refusal.message : null}
                  onEdit={
                    may.edit
                      ? () => {
                          pendingFocus.current = '[data-testid="fix-title"]';
                          setEditingId(fix.id);
                        }
                      : undefined
                  }
                  onDelete={may.remove ? () => void remove(fix) : undefined}
                  onMerge={may.merge ? () => setMergingId(fix.id) : undefined}
                />
              );
            })}
          </ul>
        )}
      </div>
      <div className="fixes-form-column">
        {!editing && (
          <PainPoints
            workshop={workshop}
            onPropose={(touchpointId, pillarIds, owner) => {
              setSeed((previous) => ({ draft: draftFromPain(touchpointId, pillarIds, proposerFor(seat, workshop, owner)), key: (previous?.key ?? 0) + 1 }));
              pendingFocus.current = '[data-testid="fix-title"]';
            }}
          />
        )}
        <FixForm
          key={editing?.id ?? `new-${seed?.key ?? 0}`}
          workshop={workshop}
          dispatch={dispatch}
          editing={editing}
          seed={seed?.draft}
          defaultTeamId={teamId}
          seat={seat}
          onDone={(message) => {
            if (editing) pendingFocus.current = editButton(editing.id);
            setEditingId(null);
            // The new or edited fix appears in the list; a screen reader hears it, and no toast covers the form.
            if (message) notify.announce(message);
          }}
        />
      </div>
      {merging && (
        <MergeDialog
          workshop={workshop}
          from={merging}
          onMerge={(kept) => merge(merging, kept)}
          onClose={() => setMergingId(null)}
        />
      )}
      {deleted && (
        <UndoBar
          key={deleted.key}
          message={deleted.message}
          onUndo={
            undo
              ? () => {
                  undo();
                  setDeleted(null);
                }
              : undefined
          }
          onDismiss={dismissDeleted}
        />
      )}
    </section>
  );
}

function editButton(fixId: Id): string {
  return `[data-fix-edit="${CSS.escape(fixId)}"]`;
}
