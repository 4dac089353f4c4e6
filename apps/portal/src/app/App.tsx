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
          <BrowserRouter>
            <AuthProvider>
              <AppRoutes />
            </AuthProvider>
          </BrowserRouter>
        </ApolloProvider>
      </AntApp>
    </LocaleProvider>
  );
}
