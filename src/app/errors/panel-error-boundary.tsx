import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { AppError } from './app-error.tsx';

interface BoundaryProps {
  readonly children: ReactNode;
  readonly resetKey: string;
  readonly onReset: () => void;
}

interface BoundaryState {
  readonly error: unknown;
  readonly resetKey: string;
}

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error };
  }

  static getDerivedStateFromProps(
    props: BoundaryProps,
    state: BoundaryState,
  ): Partial<BoundaryState> | null {
    // A navigation clears the error.
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Shown in the panel; nothing to report elsewhere.
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <AppError
        error={this.state.error}
        onRetry={() => {
          this.props.onReset();
          this.setState({ error: null });
        }}
      />
    );
  }
}

/**
 * Keeps one failing panel (a graph, a chart, a log) from taking down the page. Resets on navigation,
 * and "Try again" also resets failed queries below it.
 */
export function PanelErrorBoundary({ children }: { children: ReactNode }) {
  const location = useLocation();
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <Boundary resetKey={location.key} onReset={reset}>
          {children}
        </Boundary>
      )}
    </QueryErrorResetBoundary>
  );
}
