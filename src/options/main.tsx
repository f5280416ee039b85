import { render } from 'preact';
import { injectStyles } from '../ui/inject-styles';
import { Options } from './Options';
import './options.css';

injectStyles();
render(<Options />, document.getElementById('app')!);
