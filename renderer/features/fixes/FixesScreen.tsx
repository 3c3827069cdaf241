/**
 * The Fix screen: every team's proposed fixes on the left, the form to add
 * (or edit) one on the right. Deleting asks first, because a fix's dots go
 * with it.
 */
import { useEffect, useRef, useState } from 'react';
import type { Id } from '../../../shared/model';
import { ConfirmDialog, useNotify } from '../../ui';
import type { ScreenProps } from '../screen-props';
import { FixCard } from './FixCard';
import { FixForm } from './FixForm';
import './fixes.css';

export function FixesScreen({ workshop, dispatch, teamId }: ScreenProps) {
  const [editingId, setEditingId] = useState<Id | null>(null);
  const [deletingId, setDeletingId] = useState<Id | null>(null);
  const [refusal, setRefusal] = useState<{ readonly fixId: Id; readonly message: string } | null>(null);
  const notify = useNotify();
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
  const deleting = workshop.fixes.find((f) => f.id === deletingId);

  async function confirmDelete(fixId: Id, title: string) {
    const index = workshop.fixes.findIndex((f) => f.id === fixId);
    const neighbour = workshop.fixes[index + 1] ?? workshop.fixes[index - 1];
    const outcome = await dispatch({ type: 'fix/remove', fixId });
    setDeletingId(null);
    if (!outcome.ok) {
      setRefusal({ fixId, message: outcome.message });
      return;
    }
    pendingFocus.current = neighbour ? editButton(neighbour.id) : '#fixes-heading';
    if (editingId === fixId) setEditingId(null);
    setRefusal(null);
    notify.toast(`Deleted the fix “${title}”.`, 'success');
  }

  return (
    <section className="fixes-screen" aria-labelledby="fixes-heading">
      <div className="fixes-list-column">
        <h2 id="fixes-heading" className="fixes-heading" tabIndex={-1}>
          Fixes <span className="fixes-count">({workshop.fixes.length})</span>
        </h2>
        {workshop.fixes.length === 0 ? (
          <p className="fixes-empty">
            No fixes yet. Look at the lowest scores from the ratings and propose what would lift them, using the
            form.
          </p>
        ) : (
          <ul className="fixes-list">
            {workshop.fixes.map((fix) => (
              <FixCard
                key={fix.id}
                fix={fix}
                workshop={workshop}
                isEditing={fix.id === editing?.id}
                refusal={refusal?.fixId === fix.id ? refusal.message : null}
                onEdit={() => {
                  pendingFocus.current = '[data-testid="fix-title"]';
                  setEditingId(fix.id);
                }}
                onDelete={() => setDeletingId(fix.id)}
              />
            ))}
          </ul>
        )}
      </div>
      <div className="fixes-form-column">
        <FixForm
          key={editing?.id ?? 'new'}
          workshop={workshop}
          dispatch={dispatch}
          editing={editing}
          defaultTeamId={teamId}
          onDone={(message) => {
            if (editing) pendingFocus.current = editButton(editing.id);
            setEditingId(null);
            // The new or edited fix appears in the list; a screen reader hears it, and no toast covers the form.
            if (message) notify.announce(message);
          }}
        />
      </div>
      {deleting && (
        <ConfirmDialog
          title={`Delete the fix “${deleting.title}”?`}
          message={<p>Any dots people put on it go too. You can bring it back with Undo.</p>}
          confirmLabel="Delete fix"
          danger
          onConfirm={() => confirmDelete(deleting.id, deleting.title)}
          onCancel={() => setDeletingId(null)}
        />
      )}
    </section>
  );
}

function editButton(fixId: Id): string {
  return `[data-fix-edit="${CSS.escape(fixId)}"]`;
}
