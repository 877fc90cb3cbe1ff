// The Cypher editor: CodeMirror 6 with the Cypher mode from @codemirror/legacy-modes; Ctrl/Cmd-Enter runs.
import { StreamLanguage } from "@codemirror/language";
import { cypher } from "@codemirror/legacy-modes/mode/cypher";
import { keymap } from "@codemirror/view";
import { basicSetup, EditorView } from "codemirror";
import { useEffect, useRef } from "react";

export interface CypherEditorProps {
  value: string;
  onChange(value: string): void;
  onRun(): void;
}

export function CypherEditor({ value, onChange, onRun }: CypherEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const live = useRef({ onChange, onRun });
  live.current = { onChange, onRun };

  useEffect(() => {
    const editor = new EditorView({
      doc: value,
      parent: host.current!,
      extensions: [
        keymap.of([{ key: "Mod-Enter", run: () => (live.current.onRun(), true) }]),
        basicSetup,
        StreamLanguage.define(cypher),
        EditorView.lineWrapping,
        EditorView.updateListener.of((u) => {
          if (u.docChanged) live.current.onChange(u.state.doc.toString());
        }),
      ],
    });
    view.current = editor;
    return () => editor.destroy();
    // The document is seeded once; later outside changes arrive through the effect below.
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    }
  }, [value]);

  return <div ref={host} className="cypher-editor" data-testid="cypher-editor" />;
}
