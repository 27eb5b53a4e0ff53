<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AccountBinder</name>
    <message numerus="yes">
        <source>Detach %n account(s)</source>
        <translation>
            <numerusform>Detach %n account</numerusform>
            <numerusform>Detach %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attach %n account(s) to %1</source>
        <extracomment>Undo/redo text; %1 is the connector&apos;s name.</extracomment>
        <translation>
            <numerusform>Attach %n account to %1</numerusform>
            <numerusform>Attach %n accounts to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsPane</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n account(s)</source>
        <extracomment>%1 accounts shown by the filter out of %n.</extracomment>
        <translation>
            <numerusform>%1 of %n account</numerusform>
            <numerusform>%1 of %n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityIndicator</name>
    <message numerus="yes">
        <source>%n task(s) running</source>
        <translation>
            <numerusform>%n task running</numerusform>
            <numerusform>%n tasks running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message numerus="yes">
        <source>No usable answer from the API within %n second(s).</source>
        <translation>
            <numerusform>No usable answer from the API within %n second.</numerusform>
            <numerusform>No usable answer from the API within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachController</name>
    <message numerus="yes">
        <source>%n account(s) cut: select a connector (or “Platform outgoing server”) and paste.</source>
        <translation>
            <numerusform>%n account cut: select a connector (or “Platform outgoing server”) and paste.</numerusform>
            <numerusform>%n accounts cut: select a connector (or “Platform outgoing server”) and paste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachJob</name>
    <message numerus="yes">
        <source>%n detached</source>
        <translation>
            <numerusform>%n detached</numerusform>
            <numerusform>%n detached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached</source>
        <translation>
            <numerusform>%n attached</numerusform>
            <numerusform>%n attached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n failed</source>
        <translation>
            <numerusform>%1, %n failed</numerusform>
            <numerusform>%1, %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n cancelled</source>
        <translation>
            <numerusform>%1, %n cancelled</numerusform>
            <numerusform>%1, %n cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachProgress</name>
    <message numerus="yes">
        <source>Moving accounts: %1 of %n</source>
        <extracomment>Status bar while send connectors of accounts are changed; %1 of %n done.</extracomment>
        <translation>
            <numerusform>Moving accounts: %1 of %n</numerusform>
            <numerusform>Moving accounts: %1 of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthenticationChipsModel</name>
    <message numerus="yes">
        <source>%n ARC set(s); chain validation: %1</source>
        <extracomment>%2 is the ARC chain validation status (pass, fail, none)</extracomment>
        <translation>
            <numerusform>%n ARC set; chain validation: %1</numerusform>
            <numerusform>%n ARC sets; chain validation: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectorController</name>
    <message numerus="yes">
        <source>Used by %n account(s). They will send through the platform&apos;s outgoing server again.</source>
        <translation>
            <numerusform>Used by %n account. It will send through the platform&apos;s outgoing server again.</numerusform>
            <numerusform>Used by %n accounts. They will send through the platform&apos;s outgoing server again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialCheck</name>
    <message numerus="yes">
        <source>The key works: %n Exchange organization(s) found.</source>
        <translation>
            <numerusform>The key works: %n Exchange organization found.</numerusform>
            <numerusform>The key works: %n Exchange organizations found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) off OVHcloud&apos;s; Smarthost compensates, but other tools may fail.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute off OVHcloud&apos;s; Smarthost compensates, but other tools may fail.</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes off OVHcloud&apos;s; Smarthost compensates, but other tools may fail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderReportText</name>
    <message numerus="yes">
        <source>%n ARC set(s)</source>
        <translation>
            <numerusform>%n ARC set</numerusform>
            <numerusform>%n ARC sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hops, oldest first (%n hop(s))</source>
        <extracomment>%n is the number of Received headers</extracomment>
        <translation>
            <numerusform>Hops, oldest first (%n hop)</numerusform>
            <numerusform>Hops, oldest first (%n hops)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderViewerPane</name>
    <message numerus="yes">
        <source>Hops (%n)</source>
        <extracomment>Tab of the header viewer: %n is the number of hops</extracomment>
        <translation>
            <numerusform>Hops (%n)</numerusform>
            <numerusform>Hops (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All headers (%n)</source>
        <extracomment>Tab of the header viewer: %n is the number of header fields</extracomment>
        <translation>
            <numerusform>All headers (%n)</numerusform>
            <numerusform>All headers (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadingProgressLabel</name>
    <message numerus="yes">
        <source>%1 / %Ln account(s)</source>
        <extracomment>Status bar while a service&apos;s accounts load: %1 read so far out of %Ln, e.g. &quot;3,000 / 10,000 accounts&quot;.</extracomment>
        <translation>
            <numerusform>%1 / %Ln account</numerusform>
            <numerusform>%1 / %Ln accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProbePanel</name>
    <message numerus="yes">
        <source>%n passed</source>
        <extracomment>Part of the test summary, e.g. &quot;3 passed, 1 warning&quot;</extracomment>
        <translation>
            <numerusform>%n passed</numerusform>
            <numerusform>%n passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <extracomment>Part of the test summary, e.g. &quot;3 passed, 1 warning&quot;</extracomment>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <extracomment>Part of the test summary, e.g. &quot;3 passed, 2 failed&quot;</extracomment>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <extracomment>Part of the test summary, e.g. &quot;1 passed, 1 failed, 9 skipped&quot;</extracomment>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProbeTlsAdvisor</name>
    <message numerus="yes">
        <source>The certificate expires on %1, in %n day(s).</source>
        <translation>
            <numerusform>The certificate expires on %1, in %n day.</numerusform>
            <numerusform>The certificate expires on %1, in %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreenshotTaker</name>
    <message numerus="yes">
        <source>The first load did not finish within %n second(s).</source>
        <translation>
            <numerusform>The first load did not finish within %n second.</numerusform>
            <numerusform>The first load did not finish within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceTreeFormatter</name>
    <message numerus="yes">
        <source>%n connector(s)</source>
        <translation>
            <numerusform>%n connector</numerusform>
            <numerusform>%n connectors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used by %n account(s)</source>
        <translation>
            <numerusform>Used by %n account</numerusform>
            <numerusform>Used by %n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message numerus="yes">
        <source>The profile name is too long: %n character(s) at most.</source>
        <translation>
            <numerusform>The profile name is too long: %n character at most.</numerusform>
            <numerusform>The profile name is too long: %n characters at most.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskWatcher</name>
    <message numerus="yes">
        <source>Task %1 (%2) is still &quot;%3&quot; after %n minute(s).</source>
        <translation>
            <numerusform>Task %1 (%2) is still &quot;%3&quot; after %n minute.</numerusform>
            <numerusform>Task %1 (%2) is still &quot;%3&quot; after %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Task %1 (%2) is still &quot;%3&quot; after %n second(s).</source>
        <translation>
            <numerusform>Task %1 (%2) is still &quot;%3&quot; after %n second.</numerusform>
            <numerusform>Task %1 (%2) is still &quot;%3&quot; after %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
