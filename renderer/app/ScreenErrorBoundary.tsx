/**
 * Keeps one broken screen from taking the whole app down: the top bar, the
 * tabs and Undo stay usable, and the person can try again.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from '../ui';

interface Props {
  readonly children: ReactNode;
  /** Changing this (another tab) clears the error. */
  readonly resetKey: string;
}

interface State {
  readonly error: Error | null;
  readonly resetKey: string;
}

export class ScreenErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('A screen failed to draw:', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error) {
      return (
        <div className="notice notice-error screen-error" role="alert">
          <p>This screen ran into a problem and could not be shown. Your work is saved.</p>
          <Button onClick={() => this.setState({ error: null })}>Try again</Button>
        </div>
      );
    }
    return this.props.children;
  }
}
