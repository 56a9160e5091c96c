import { render } from 'preact';
import { ReaderApp } from '@/components/reader/ReaderApp';
import '@/components/reader/reader.css';

render(<ReaderApp mode="popup" />, document.getElementById('app')!);
