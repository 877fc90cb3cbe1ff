// Keeps a failure inside one part of the app (the console's code failing to load while the server is down):
// that part says what went wrong and offers to try again; the rest of the app stays.
import { Component, type ReactNode } from "react";

interface Props {
  what: string;
  onRetry(): void;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="boundary-error" role="alert" data-testid="boundary-error">
        <p className="error">
          Could not open {this.props.what}: {this.state.error.message}
        </p>
        <button
          className="small"
          onClick={() => {
            this.setState({ error: null });
            this.props.onRetry();
          }}
        >
          Try again
        </button>
      </div>
    );
  }
}
