import { render } from 'preact';
import { OptionsApp } from '../../components/options-app.tsx';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
