import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/options/options.css';

// Thin entrypoint: the page is components/options, the logic utils/settings and utils/autoclean.
render(<OptionsApp />, document.getElementById('app')!);
