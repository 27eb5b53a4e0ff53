#include "ProbeRequest.h"

ConnectorExpectation ConnectorExpectation::fromConnector(const SendConnector &connector)
{
    ConnectorExpectation expectation;
    expectation.requireTls = connector.requireTls;
    expectation.maxSendSizeMb = connector.maxSendSizeMb;
    expectation.authMechanism = connector.authMechanism;
    return expectation;
}

bool ProbeRequest::usesImplicitTls() const
{
    switch (implicitTls) {
    case ImplicitTls::On:
        return true;
    case ImplicitTls::Off:
        return false;
    case ImplicitTls::Auto:
        break;
    }
    return port == ImplicitTlsPort;
}
