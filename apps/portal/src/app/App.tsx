import { useState } from 'react';
import { App as AntApp } from 'antd';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './apollo';
import { AuthProvider } from './auth';
import { LocaleProvider } from './LocaleProvider';
import { AppRoutes } from './router';

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <LocaleProvider>
      <AntApp>
        <ApolloProvider client={client}>
          {/* Router updates outside transitions: a transition renders the list with the new
              URL's query variables while the shown page still renders the old ones, and the
              shared Apollo query then fetched both in turn (dozens of requests per click). */}
          <BrowserRouter useTransitions={false}>
            <AuthProvider>
              <AppRoutes />
            </AuthProvider>
          </BrowserRouter>
        </ApolloProvider>
      </AntApp>
    </LocaleProvider>
  );
}
