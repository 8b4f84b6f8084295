/// <reference lib="dom" />
import mermaid from 'mermaid';
import { api } from './api';

async function main(): Promise<void> {
  const holder = document.getElementById('diagram')!;
  try {
    const { diagrams } = await api<{ diagrams: Record<string, string> }>('GET', '/console/flows/diagram');
    const source = Object.values(diagrams)[0] ?? '';
    // Only the diagram's own lines, if the API sends a Markdown fence around them.
    const code = source.replace(/^[\s\S]*?```mermaid\n/, '').replace(/\n```[\s\S]*$/, '');
    document.getElementById('diagram-source')!.textContent = code;
    // Drawn at its natural size in a scrolling box: shrunk to the page width, a flow this big cannot be read.
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: 'neutral',
      flowchart: { useMaxWidth: false },
    });
    const { svg } = await mermaid.render('flow-diagram', code);
    holder.innerHTML = svg;
  } catch (err) {
    holder.textContent = `Could not draw the diagram: ${(err as Error).message}`;
  }
}

void main();
