import { render } from 'preact';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import './style.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
