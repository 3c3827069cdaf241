/**
 * Asks for the room code when the page was opened without one (someone
 * typed the room's address rather than scanning its QR code). People type
 * codes as they read them: lower case, with spaces or dashes; all of that is
 * accepted and tidied before the code is checked.
 */
import { useState, type FormEvent } from 'react';
import { ROOM_CODE_LENGTH } from '../../../shared/room';
import { Button, TextField } from '../../ui';
import { checkRoomCode } from './join-route';

export interface CodeFormProps {
  /** What to start the field with: a code from the address that was not a room code. */
  readonly initialCode?: string;
  /** Why that code is not one, shown at once. */
  readonly initialError?: string | null;
  readonly onCode: (code: string) => void;
}

export function CodeForm({ initialCode = '', initialError = null, onCode }: CodeFormProps) {
  const [typed, setTyped] = useState(initialCode);
  const [error, setError] = useState<string | null>(initialError);

  function submit(event: FormEvent): void {
    event.preventDefault();
    const checked = checkRoomCode(typed);
    if (checked.ok) onCode(checked.code);
    else setError(checked.message);
  }

  return (
    <form className="entry-code-form" onSubmit={submit} noValidate data-testid="join-code-form">
      <h1 id="entry-heading">Join the workshop</h1>
      <p className="entry-lead">Type the room code from the screen at the front of the room.</p>
      <TextField
        label="Room code"
        hint={`${ROOM_CODE_LENGTH} letters and digits, like K7M2QX`}
        className="entry-code-field"
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          setError(null);
        }}
        error={error}
        maxLength={20}
        autoComplete="off"
        autoCapitalize="characters"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="go"
        data-testid="join-code-input"
      />
      <Button type="submit" variant="primary" className="entry-wide-button">
        Continue
      </Button>
    </form>
  );
}
