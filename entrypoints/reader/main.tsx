import { render } from 'preact';
import { ReaderApp } from '@/components/reader/ReaderApp';
import '@/components/reader/reader.css';

// The clean view in a full tab, for long reads: opened from the popup, Alt+Shift+R or the page's context menu,
// always with ?tabId= of the page it reads.
render(<ReaderApp mode="page" />, document.getElementById('app')!);
