import { render } from 'preact';
import { injectStyles } from '../ui/inject-styles';
import { App } from './App';
import './popup.css';

injectStyles();
render(<App />, document.getElementById('app')!);
