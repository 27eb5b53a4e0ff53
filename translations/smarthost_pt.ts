<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT" sourcelanguage="en">
<context>
    <name>AccountBinder</name>
    <message>
        <source>Connector %1 no longer exists.</source>
        <translation>O conector %1 já não existe.</translation>
    </message>
    <message>
        <source>“%1” is %2: wait until it is ready.</source>
        <extracomment>%1 is a connector&apos;s name, %2 its state (creating, deleting, suspended…).</extracomment>
        <translation>O estado de “%1” é “%2”: aguarde até que o conector esteja pronto.</translation>
    </message>
    <message>
        <source>The service %1 is not loaded.</source>
        <translation>O serviço %1 não está carregado.</translation>
    </message>
    <message>
        <source>No account is selected.</source>
        <translation>Não está selecionada nenhuma conta.</translation>
    </message>
    <message>
        <source>%1 is not an account of %2.</source>
        <translation>%1 não é uma conta de %2.</translation>
    </message>
    <message>
        <source>%1 is not a domain of %2.</source>
        <translation>%1 não é um domínio de %2.</translation>
    </message>
    <message numerus="yes">
        <source>Detach %n account(s)</source>
        <translation>
            <numerusform>desassociação de %n conta</numerusform>
            <numerusform>desassociação de %n contas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attach %n account(s) to %1</source>
        <extracomment>Undo/redo text; %1 is the connector&apos;s name.</extracomment>
        <translation>
            <numerusform>associação de %n conta a %1</numerusform>
            <numerusform>associação de %n contas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Default connector of %1: %2</source>
        <extracomment>Undo/redo text; %1 is a domain, %2 a connector or the platform&apos;s server.</extracomment>
        <translation>conector predefinido de %1: %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>AccountListCommand</name>
    <message>
        <source>Account %1 could not be read:</source>
        <translation>Não foi possível ler a conta %1:</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>Email address</source>
        <translation>Endereço de e-mail</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Licence</source>
        <extracomment>Exchange licence of the account (basic, standard, enterprise).</extracomment>
        <translation>Licença</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sends through</source>
        <extracomment>The send connector the account sends through (or the platform&apos;s server).</extracomment>
        <translation>Envia através de</translation>
    </message>
    <message>
        <source>moving…</source>
        <extracomment>The account&apos;s send connector is being changed.</extracomment>
        <translation>a mover…</translation>
    </message>
</context>
<context>
    <name>AccountsPane</name>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n conta</numerusform>
            <numerusform>%n contas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n account(s)</source>
        <extracomment>%1 accounts shown by the filter out of %n.</extracomment>
        <translation>
            <numerusform>%1 de %n conta</numerusform>
            <numerusform>%1 de %n contas</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter accounts…</source>
        <translation>Filtrar contas…</translation>
    </message>
    <message>
        <source>Shows the accounts whose address, name, licence, state or connector contains this text</source>
        <translation>Mostra as contas cujo endereço, nome, licença, estado ou conector contém este texto</translation>
    </message>
    <message>
        <source>Accounts of %1</source>
        <extracomment>Tooltip of the accounts title; %1 is the Exchange service.</extracomment>
        <translation>Contas de %1</translation>
    </message>
</context>
<context>
    <name>ActivityIndicator</name>
    <message numerus="yes">
        <source>%n task(s) running</source>
        <translation>
            <numerusform>%n tarefa em curso</numerusform>
            <numerusform>%n tarefas em curso</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading from OVHcloud…</source>
        <translation>A ler dados da OVHcloud…</translation>
    </message>
</context>
<context>
    <name>AllHeadersModel</name>
    <message>
        <source>%1

Hop %2 in the hop table</source>
        <extracomment>%1 is the full header; %2 the hop number</extracomment>
        <translation>%1

Salto %2 na tabela de saltos</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Columns of the &quot;All headers&quot; table</extracomment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message numerus="yes">
        <source>No usable answer from the API within %n second(s).</source>
        <translation>
            <numerusform>A API não deu nenhuma resposta utilizável em %n segundo.</numerusform>
            <numerusform>A API não deu nenhuma resposta utilizável em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The API did not answer in time (%1).</source>
        <translation>A API não respondeu a tempo (%1).</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Erro de rede: %1</translation>
    </message>
    <message>
        <source>The change may or may not have been applied: refresh before trying again.</source>
        <translation>A alteração pode ou não ter sido aplicada: atualize antes de tentar novamente.</translation>
    </message>
    <message>
        <source>Unexpected redirect (HTTP %1) from the API.</source>
        <translation>Redirecionamento inesperado (HTTP %1) por parte da API.</translation>
    </message>
    <message>
        <source>The answer was cut off: %1</source>
        <translation>A resposta foi interrompida: %1</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>HTTP error %1</source>
        <translation>Erro HTTP %1</translation>
    </message>
    <message>
        <source>HTTP error %1: %2</source>
        <translation>Erro HTTP %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>query id %1</source>
        <translation>ID do pedido %1</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Cannot build a valid URL for %1</source>
        <translation>Não é possível criar um URL válido para %1</translation>
    </message>
    <message>
        <source>GET /auth/time did not return a time</source>
        <translation>GET /auth/time não devolveu nenhuma hora</translation>
    </message>
</context>
<context>
    <name>AttachCommand</name>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 attached, %2 failed.</source>
        <translation>Contas associadas: %1; com falha: %2.</translation>
    </message>
    <message>
        <source>%1 detached, %2 failed.</source>
        <translation>Contas desassociadas: %1; com falha: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AttachController</name>
    <message>
        <source>Could not change the default connector of %1: %2</source>
        <translation>Não foi possível alterar o conector predefinido de %1: %2</translation>
    </message>
    <message>
        <source>New accounts of %1 will send through %2. Existing accounts are not changed.</source>
        <extracomment>%1 is a domain, %2 a connector or the platform&apos;s server.</extracomment>
        <translation>As novas contas de %1 vão enviar através de %2. As contas existentes não são alteradas.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Cu&amp;t Accounts</source>
        <translation>Cor&amp;tar contas</translation>
    </message>
    <message>
        <source>Pick the selected accounts, to paste them onto a connector</source>
        <translation>Recolher as contas selecionadas para as colar num conector</translation>
    </message>
    <message>
        <source>&amp;Paste Accounts</source>
        <translation>Co&amp;lar contas</translation>
    </message>
    <message>
        <source>Attach the cut accounts to the selected connector, or detach them onto “Platform outgoing server”</source>
        <translation>Associar as contas cortadas ao conector selecionado, ou desassociá-las colando-as em “Servidor de envio da plataforma”</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>&amp;Desassociar</translation>
    </message>
    <message>
        <source>Send the selected accounts through the platform&apos;s outgoing server again</source>
        <translation>Fazer com que as contas selecionadas voltem a enviar através do servidor de envio da plataforma</translation>
    </message>
    <message>
        <source>&amp;Attach to Connector</source>
        <translation>Associar a um &amp;conector</translation>
    </message>
    <message>
        <source>Select accounts first, in the tree or in the accounts table.</source>
        <translation>Selecione primeiro as contas, na árvore ou na tabela de contas.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) cut: select a connector (or “Platform outgoing server”) and paste.</source>
        <translation>
            <numerusform>%n conta cortada: selecione um conector (ou “Servidor de envio da plataforma”) e cole-a.</numerusform>
            <numerusform>%n contas cortadas: selecione um conector (ou “Servidor de envio da plataforma”) e cole-as.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a send connector, or “Platform outgoing server”, to paste onto.</source>
        <translation>Selecione um conector de envio, ou “Servidor de envio da plataforma”, onde colar as contas.</translation>
    </message>
    <message>
        <source>These accounts belong to %1: they can only use that service&apos;s connectors.</source>
        <translation>Estas contas pertencem a %1: só podem utilizar os conectores desse serviço.</translation>
    </message>
    <message>
        <source>These accounts already use the platform&apos;s outgoing server.</source>
        <translation>Estas contas já utilizam o servidor de envio da plataforma.</translation>
    </message>
    <message>
        <source>These accounts already use this connector.</source>
        <translation>Estas contas já utilizam este conector.</translation>
    </message>
    <message>
        <source>No send connector yet</source>
        <translation>Ainda não há nenhum conector de envio</translation>
    </message>
    <message>
        <source>Default &amp;Connector for New Accounts</source>
        <translation>Conector &amp;predefinido para novas contas</translation>
    </message>
    <message>
        <source>Existing accounts are not changed.</source>
        <translation>As contas existentes não são alteradas.</translation>
    </message>
    <message>
        <source>Select accounts first</source>
        <translation>Selecione primeiro as contas</translation>
    </message>
</context>
<context>
    <name>AttachFailureDialog</name>
    <message>
        <source>Some Accounts Were Not Changed</source>
        <translation>Algumas contas não foram alteradas</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The accounts below stay where OVHcloud says they are. Quote the query ID when you contact OVHcloud support.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;As contas abaixo permanecem onde a OVHcloud indica. Mencione o ID do pedido quando contactar o suporte da OVHcloud.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>OVHcloud&apos;s message</source>
        <translation>Mensagem da OVHcloud</translation>
    </message>
    <message>
        <source>Query ID</source>
        <translation>ID do pedido</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
</context>
<context>
    <name>AttachJob</name>
    <message numerus="yes">
        <source>%n detached</source>
        <translation>
            <numerusform>%n desassociada</numerusform>
            <numerusform>%n desassociadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached</source>
        <translation>
            <numerusform>%n associada</numerusform>
            <numerusform>%n associadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n failed</source>
        <translation>
            <numerusform>%1, %n com falha</numerusform>
            <numerusform>%1, %n com falha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n cancelled</source>
        <translation>
            <numerusform>%1, %n cancelada</numerusform>
            <numerusform>%1, %n canceladas</numerusform>
        </translation>
    </message>
    <message>
        <source>The account could not be read back: %1</source>
        <translation>Não foi possível reler a conta: %1</translation>
    </message>
</context>
<context>
    <name>AttachProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the accounts not sent yet (those already sent finish)</source>
        <translation>Interromper as contas ainda não enviadas (as que já foram enviadas são concluídas)</translation>
    </message>
    <message numerus="yes">
        <source>Moving accounts: %1 of %n</source>
        <extracomment>Status bar while send connectors of accounts are changed; %1 of %n done.</extracomment>
        <translation>
            <numerusform>A mover a conta: %1 de %n</numerusform>
            <numerusform>A mover contas: %1 de %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthenticationChipsModel</name>
    <message>
        <source>%1, stated in %2 (no server named)</source>
        <translation>%1, indicado em %2 (nenhum servidor identificado)</translation>
    </message>
    <message>
        <source>%1, stated by %2 in %3</source>
        <translation>%1, indicado por %2 em %3</translation>
    </message>
    <message>
        <source>Signed by %1 (selector %2)</source>
        <extracomment>%1 the signing domain (d=), %2 the selector (s=)</extracomment>
        <translation>Assinado por %1 (seletor %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n ARC set(s); chain validation: %1</source>
        <extracomment>%2 is the ARC chain validation status (pass, fail, none)</extracomment>
        <translation>
            <numerusform>%n conjunto ARC; validação da cadeia: %1</numerusform>
            <numerusform>%n conjuntos ARC; validação da cadeia: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No header states a %1 result.</source>
        <extracomment>%1 is SPF, DKIM or DMARC</extracomment>
        <translation>Nenhum cabeçalho indica um resultado %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An authentication chip: %1 the method (SPF, DKIM, DMARC), %2 its result</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>AuthenticationDialog</name>
    <message>
        <source>Change Authentication</source>
        <translation>Alterar autenticação</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Mecanismo:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilizador:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pala&amp;vra-passe:</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <comment>Show the password in clear</comment>
        <translation>M&amp;ostrar</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Mostrar a palavra-passe</translation>
    </message>
    <message>
        <source>Change Authentication of “%1”</source>
        <extracomment>Title of the change authentication dialog; %1 is the connector&apos;s name.</extracomment>
        <translation>Alterar a autenticação de “%1”</translation>
    </message>
    <message>
        <source>Currently: %1. OVHcloud applies the change in a task. The user name and password are never shown back: enter both again.</source>
        <translation>Atualmente: %1. A OVHcloud aplica a alteração numa tarefa. O nome de utilizador e a palavra-passe nunca voltam a ser mostrados: introduza ambos novamente.</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Alterar</translation>
    </message>
    <message>
        <source>This mechanism needs TLS: edit the connector and turn on &quot;Require TLS&quot; first.</source>
        <translation>Este mecanismo requer TLS: edite primeiro o conector e ative &quot;Exigir TLS&quot;.</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>--%1 expects a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 espera um número inteiro, não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Print JSON with the API&apos;s field names.</source>
        <translation>Imprimir JSON com os nomes de campo da API.</translation>
    </message>
    <message>
        <source>ovh-eu, ovh-ca, ovh-us or a base URL.</source>
        <translation>ovh-eu, ovh-ca, ovh-us ou um URL de base.</translation>
    </message>
    <message>
        <source>Read only this ovh.conf file.</source>
        <translation>Ler apenas este ficheiro ovh.conf.</translation>
    </message>
    <message>
        <source>Use this saved profile.</source>
        <translation>Utilizar este perfil guardado.</translation>
    </message>
    <message>
        <source>Connector display name.</source>
        <translation>Nome de apresentação do conector.</translation>
    </message>
    <message>
        <source>Smart host (SMTP relay).</source>
        <translation>Smart host (relay SMTP).</translation>
    </message>
    <message>
        <source>SMTP port.</source>
        <translation>Porta SMTP.</translation>
    </message>
    <message>
        <source>Require TLS.</source>
        <translation>Exigir TLS.</translation>
    </message>
    <message>
        <source>Do not require TLS.</source>
        <translation>Não exigir TLS.</translation>
    </message>
    <message>
        <source>none, basicAuth or basicAuthRequireTLS.</source>
        <translation>none, basicAuth ou basicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>User name for the smart host.</source>
        <translation>Nome de utilizador para o smart host.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Ler a palavra-passe da entrada padrão.</translation>
    </message>
    <message>
        <source>Maximum message size in MB (1-100).</source>
        <translation>Tamanho máximo das mensagens em MB (1-100).</translation>
    </message>
    <message>
        <source>The connector&apos;s smart host, for the verdict.</source>
        <translation>Smart host do conector, para o veredicto.</translation>
    </message>
    <message>
        <source>Another name of the relay.</source>
        <translation>Outro nome do relay.</translation>
    </message>
    <message>
        <source>Application key.</source>
        <translation>Chave de aplicação.</translation>
    </message>
    <message>
        <source>Read the application secret from standard input.</source>
        <translation>Ler o segredo de aplicação da entrada padrão.</translation>
    </message>
    <message>
        <source>Read the consumer key from standard input.</source>
        <translation>Ler a chave de consumidor da entrada padrão.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ajuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar a versão.</translation>
    </message>
    <message>
        <source>--tls and --no-tls cannot be used together.</source>
        <translation>--tls e --no-tls não podem ser utilizados em conjunto.</translation>
    </message>
    <message>
        <source>At most N requests per second (0: no limit; default 20).</source>
        <translation>No máximo N pedidos por segundo (0: sem limite; predefinição: 20).</translation>
    </message>
    <message>
        <source>--rate-limit expects 0 or more requests per second.</source>
        <translation>--rate-limit espera um número de pedidos por segundo igual ou superior a 0.</translation>
    </message>
    <message>
        <source>Give up waiting for an answer after S seconds (default 90).</source>
        <translation>Desistir de esperar por uma resposta após S segundos (predefinição: 90).</translation>
    </message>
    <message>
        <source>--timeout expects a number of seconds from 1 to %1.</source>
        <translation>--timeout espera um número de segundos entre 1 e %1.</translation>
    </message>
    <message>
        <source>Usage: smarthost-cli [--endpoint NAME|URL] [--config FILE] [--profile NAME] [--rate-limit N] [--timeout S] [--json] COMMAND …

Manage OVHcloud Exchange send connectors (SMTP smart hosts).

Commands:
  services                                  organization/service pairs with offer
  connectors ORG SVC                        all connectors with every field
  connector-add ORG SVC --name N --host H [--port P] [--tls|--no-tls]
        [--auth none|basicAuth|basicAuthRequireTLS] [--user U] [--password-stdin] [--max-size MB]
                                            waits for the task, prints the new connector
  connector-edit ORG SVC ID [--name N] [--host H] [--port P] [--tls|--no-tls] [--max-size MB]
  connector-auth ORG SVC ID --auth MECH [--user U] [--password-stdin]     waits for the task
  connector-delete ORG SVC ID                                              waits for the task
  accounts ORG SVC                          every account with its sendConnectorId
  attach ORG SVC CONNECTOR_ID EMAIL…        attach accounts to a connector
  detach ORG SVC EMAIL…                     back to the platform&apos;s outgoing server
  domains ORG SVC                           every domain with its default connector
  default-connector ORG SVC DOMAIN CONNECTOR_ID        (0 resets)
  headers FILE|- [--connector HOST] [--alias HOST]…     route and verdict of a received mail
  probe HOST [--port P] [--user U --password-stdin] [--tls|--no-tls] [--auth MECH] [--max-size MB]
                                            test an SMTP relay before using it
  login --application-key AK --application-secret-stdin --consumer-key-stdin [--profile NAME]
                                            test a key and keep it in the system keychain
  logout [--profile NAME]                   delete a saved profile and its secrets

Credentials come from OVH_* environment variables, then ./ovh.conf, ~/.ovh.conf,
/etc/ovh.conf (or --config FILE), then the system keychain (--profile NAME).
Passwords are read from standard input only, never from the command line.

--timeout S: a call that gets no usable answer fails after S seconds, retries included
(default 90); with --timeout, waiting for a task also stops after S seconds (otherwise
10 minutes). A change whose answer was lost is read back once, never sent again.

Exit status: 0 success, 1 API or network error, 2 usage error.</source>
        <translation>Utilização: smarthost-cli [--endpoint NOME|URL] [--config FICHEIRO] [--profile NOME] [--rate-limit N] [--timeout S] [--json] COMANDO …

Gestão dos conectores de envio Exchange da OVHcloud (smart hosts SMTP).

Comandos:
  services                                  pares organização/serviço, com a oferta
  connectors ORG SVC                        todos os conectores, com todos os campos
  connector-add ORG SVC --name N --host H [--port P] [--tls|--no-tls]
        [--auth none|basicAuth|basicAuthRequireTLS] [--user U] [--password-stdin] [--max-size MB]
                                            aguarda pela tarefa e imprime o novo conector
  connector-edit ORG SVC ID [--name N] [--host H] [--port P] [--tls|--no-tls] [--max-size MB]
  connector-auth ORG SVC ID --auth MEC [--user U] [--password-stdin]      aguarda pela tarefa
  connector-delete ORG SVC ID                                             aguarda pela tarefa
  accounts ORG SVC                          todas as contas, com o respetivo sendConnectorId
  attach ORG SVC ID_CONECTOR E-MAIL…        associa contas a um conector
  detach ORG SVC E-MAIL…                    volta ao servidor de envio da plataforma
  domains ORG SVC                           todos os domínios, com o conector predefinido
  default-connector ORG SVC DOMÍNIO ID_CONECTOR        (0 = servidor da plataforma)
  headers FICHEIRO|- [--connector SERVIDOR] [--alias SERVIDOR]…
                                            rota e veredicto de um e-mail recebido
  probe SERVIDOR [--port P] [--user U --password-stdin] [--tls|--no-tls] [--auth MEC] [--max-size MB]
                                            testa um relay SMTP antes de o utilizar
  login --application-key AK --application-secret-stdin --consumer-key-stdin [--profile NOME]
                                            testa uma chave e guarda-a no porta-chaves do sistema
  logout [--profile NOME]                   elimina um perfil guardado e os respetivos segredos

As credenciais provêm das variáveis de ambiente OVH_*, depois de ./ovh.conf, ~/.ovh.conf,
/etc/ovh.conf (ou --config FICHEIRO) e, por fim, do porta-chaves do sistema (--profile NOME).
As palavras-passe são lidas apenas da entrada padrão, nunca da linha de comandos.

--timeout S: uma chamada sem resposta utilizável falha após S segundos, incluindo novas
tentativas (predefinição: 90); com --timeout, a espera por uma tarefa também para após S segundos
(caso contrário, 10 minutos). Uma alteração cuja resposta se perdeu é relida uma vez, nunca reenviada.

Código de saída: 0 sucesso, 1 erro da API ou de rede, 2 erro de utilização.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>&quot;%1&quot; is not a connector id.</source>
        <translation>&quot;%1&quot; não é um ID de conector.</translation>
    </message>
    <message>
        <source>Usage: smarthost-cli %1</source>
        <translation>Utilização: smarthost-cli %1</translation>
    </message>
</context>
<context>
    <name>CliFormat</name>
    <message>
        <source>0 (platform)</source>
        <translation>0 (plataforma)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>SMARTHOST</source>
        <translation>SMARTHOST</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORTA</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTENT.</translation>
    </message>
    <message>
        <source>MAX MB</source>
        <translation>MÁX. MB</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>TAREFA</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRIADO</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>ATUALIZADO</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>LICENCE</source>
        <translation>LICENÇA</translation>
    </message>
    <message>
        <source>SENDCONNECTORID</source>
        <translation>SENDCONNECTORID</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMÍNIO</translation>
    </message>
    <message>
        <source>SENDCONNECTORIDDEFAULT</source>
        <translation>SENDCONNECTORIDDEFAULT</translation>
    </message>
    <message>
        <source>task %1 (%2): %3</source>
        <translation>tarefa %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <source>  OVHcloud error code: %1</source>
        <translation>  Código de erro OVHcloud: %1</translation>
    </message>
    <message>
        <source>  OVHcloud error class: %1</source>
        <translation>  Classe de erro OVHcloud: %1</translation>
    </message>
    <message>
        <source>  HTTP status: %1</source>
        <translation>  Estado HTTP: %1</translation>
    </message>
    <message>
        <source>  Query id (for OVHcloud support): %1</source>
        <translation>  ID do pedido (para o suporte OVHcloud): %1</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Run smarthost-cli --help for the commands.</source>
        <translation>Execute smarthost-cli --help para ver os comandos.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run smarthost-cli --help for the commands.</source>
        <translation>Comando desconhecido &quot;%1&quot;. Execute smarthost-cli --help para ver os comandos.</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>No saved profile named &quot;%1&quot;. Saved profiles: %2</source>
        <translation>Não existe nenhum perfil guardado com o nome &quot;%1&quot;. Perfis guardados: %2</translation>
    </message>
    <message>
        <source>No credentials found. Set OVH_ENDPOINT, OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY, write an ovh.conf, or run `smarthost-cli login`.</source>
        <translation>Nenhuma credencial encontrada. Defina OVH_ENDPOINT, OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET e OVH_CONSUMER_KEY, crie um ficheiro ovh.conf ou execute `smarthost-cli login`.</translation>
    </message>
    <message>
        <source>Cannot read the profile&apos;s secrets from the %1: %2</source>
        <translation>Não é possível ler os segredos do perfil (%1): %2</translation>
    </message>
    <message>
        <source>Incomplete credentials for %1: an application key, an application secret and a consumer key (or an OAuth2 client id and secret) are needed.</source>
        <translation>Credenciais incompletas para %1: são necessários uma chave de aplicação, um segredo de aplicação e uma chave de consumidor (ou um ID e um segredo de cliente OAuth2).</translation>
    </message>
</context>
<context>
    <name>CliTaskFollower</name>
    <message>
        <source>Waiting for OVHcloud&apos;s %1</source>
        <translation>A aguardar pela OVHcloud — %1</translation>
    </message>
    <message>
        <source>The task ended with status &quot;%1&quot;: nothing was changed or the change is incomplete; check with OVHcloud.</source>
        <translation>A tarefa terminou com o estado &quot;%1&quot;: nada foi alterado ou a alteração está incompleta; verifique junto da OVHcloud.</translation>
    </message>
</context>
<context>
    <name>ConnectorActions</name>
    <message>
        <source>connector %1</source>
        <translation>conector %1</translation>
    </message>
</context>
<context>
    <name>ConnectorAddCommand</name>
    <message>
        <source>connector-add needs --name and --host.</source>
        <translation>connector-add requer --name e --host.</translation>
    </message>
    <message>
        <source>Unknown authentication &quot;%1&quot;: use none, basicAuth or basicAuthRequireTLS.</source>
        <translation>Autenticação desconhecida &quot;%1&quot;: utilize none, basicAuth ou basicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>%1 needs --user and --password-stdin.</source>
        <translation>%1 requer --user e --password-stdin.</translation>
    </message>
    <message>
        <source>--user and --password-stdin need --auth basicAuth or basicAuthRequireTLS.</source>
        <translation>--user e --password-stdin requerem --auth basicAuth ou basicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>Waiting for OVHcloud&apos;s %1</source>
        <translation>A aguardar pela OVHcloud — %1</translation>
    </message>
</context>
<context>
    <name>ConnectorAuthCommand</name>
    <message>
        <source>connector-auth needs --auth none, basicAuth or basicAuthRequireTLS.</source>
        <translation>connector-auth requer --auth none, basicAuth ou basicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>Unknown authentication &quot;%1&quot;: use none, basicAuth or basicAuthRequireTLS.</source>
        <translation>Autenticação desconhecida &quot;%1&quot;: utilize none, basicAuth ou basicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>%1 needs --user and --password-stdin.</source>
        <translation>%1 requer --user e --password-stdin.</translation>
    </message>
</context>
<context>
    <name>ConnectorChooser</name>
    <message>
        <source>A connector, or a relay host to check</source>
        <translation>Um conector, ou um servidor de relay a verificar</translation>
    </message>
    <message>
        <source>Send connector to check</source>
        <translation>Conector de envio a verificar</translation>
    </message>
    <message>
        <source>The send connector (or relay host) the message should have gone through. Follows the connector selected in the tree.</source>
        <translation>O conector de envio (ou servidor de relay) pelo qual a mensagem deveria ter passado. Acompanha o conector selecionado na árvore.</translation>
    </message>
    <message>
        <source>Other names or IPs of the relay, comma separated</source>
        <translation>Outros nomes ou IPs do relay, separados por vírgulas</translation>
    </message>
    <message>
        <source>Other names of the relay</source>
        <translation>Outros nomes do relay</translation>
    </message>
    <message>
        <source>Host names, domains or IP addresses the relay provider also uses (e.g. the hosts it hands the message to)</source>
        <translation>Nomes de anfitrião, domínios ou endereços IP que o prestador do relay também utiliza (p. ex. os servidores aos quais entrega a mensagem)</translation>
    </message>
    <message>
        <source>Co&amp;nnector:</source>
        <extracomment>Label of the connector chooser in the header viewer</extracomment>
        <translation>Co&amp;nector:</translation>
    </message>
    <message>
        <source>Also &amp;known as:</source>
        <extracomment>Label of the field for other names of the relay</extracomment>
        <translation>&amp;Outros nomes:</translation>
    </message>
    <message>
        <source>No connector (route only)</source>
        <extracomment>First entry of the connector chooser: analyse the route without a verdict</extracomment>
        <translation>Nenhum conector (apenas a rota)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConnectorController</name>
    <message>
        <source>Sending the connector to OVHcloud…</source>
        <translation>A enviar o conector para a OVHcloud…</translation>
    </message>
    <message>
        <source>OVHcloud is creating the connector (task %1: %2)…</source>
        <extracomment>%1 is OVHcloud&apos;s task id, %2 its status (Waiting, Running…).</extracomment>
        <translation>A OVHcloud está a criar o conector (tarefa %1: %2)…</translation>
    </message>
    <message>
        <source>Send connector “%1” created.</source>
        <translation>Conector de envio “%1” criado.</translation>
    </message>
    <message>
        <source>The send connector “%1” was not created: %2</source>
        <translation>O conector de envio “%1” não foi criado: %2</translation>
    </message>
    <message>
        <source>Saving the changes…</source>
        <translation>A guardar as alterações…</translation>
    </message>
    <message>
        <source>OVHcloud refused the changes: %1</source>
        <translation>A OVHcloud recusou as alterações: %1</translation>
    </message>
    <message>
        <source>Send connector “%1” saved.</source>
        <translation>Conector de envio “%1” guardado.</translation>
    </message>
    <message>
        <source>Sending the new authentication to OVHcloud…</source>
        <translation>A enviar a nova autenticação para a OVHcloud…</translation>
    </message>
    <message>
        <source>OVHcloud refused the change: %1</source>
        <translation>A OVHcloud recusou a alteração: %1</translation>
    </message>
    <message>
        <source>OVHcloud is changing the authentication of “%1”.</source>
        <translation>A OVHcloud está a alterar a autenticação de “%1”.</translation>
    </message>
    <message>
        <source>Delete the send connector “%1” (%2)?</source>
        <extracomment>%1 is the connector&apos;s name, %2 its relay (host:port).</extracomment>
        <translation>Eliminar o conector de envio “%1” (%2)?</translation>
    </message>
    <message>
        <source>No account sends through it.</source>
        <translation>Nenhuma conta envia através dele.</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n account(s). They will send through the platform&apos;s outgoing server again.</source>
        <translation>
            <numerusform>Utilizado por %n conta. Essa conta voltará a enviar através do servidor de envio da plataforma.</numerusform>
            <numerusform>Utilizado por %n contas. Essas contas voltarão a enviar através do servidor de envio da plataforma.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Send Connector</source>
        <translation>Eliminar conector de envio</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>The send connector “%1” was not deleted: %2</source>
        <translation>O conector de envio “%1” não foi eliminado: %2</translation>
    </message>
    <message>
        <source>OVHcloud is deleting “%1”.</source>
        <translation>A OVHcloud está a eliminar “%1”.</translation>
    </message>
</context>
<context>
    <name>ConnectorCreator</name>
    <message>
        <source>OVHcloud&apos;s task %1 (addSendConnector) ended with status &quot;%2&quot;.</source>
        <translation>A tarefa %1 da OVHcloud (addSendConnector) terminou com o estado &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The task finished but no new send connector named &quot;%1&quot; appeared.</source>
        <translation>A tarefa terminou, mas não apareceu nenhum novo conector de envio com o nome &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ConnectorDeleteCommand</name>
    <message>
        <source>Send connector %1 deleted; its accounts now send through the platform&apos;s outgoing server.</source>
        <translation>Conector de envio %1 eliminado; as respetivas contas enviam agora através do servidor de envio da plataforma.</translation>
    </message>
</context>
<context>
    <name>ConnectorDetailsPanel</name>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Require TLS:</source>
        <translation>TLS obrigatório:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Autenticação:</translation>
    </message>
    <message>
        <source>Maximum message size:</source>
        <translation>Tamanho máximo da mensagem:</translation>
    </message>
    <message>
        <source>Accounts using it:</source>
        <translation>Contas que o utilizam:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Criado em:</translation>
    </message>
    <message>
        <source>Last updated:</source>
        <translation>Última atualização:</translation>
    </message>
    <message>
        <source>Pending task:</source>
        <translation>Tarefa pendente:</translation>
    </message>
    <message>
        <source>Connector id:</source>
        <translation>ID do conector:</translation>
    </message>
    <message>
        <source>Select a send connector to see its details.</source>
        <translation>Selecione um conector de envio para ver os respetivos detalhes.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <extracomment>Maximum message size in megabytes.</extracomment>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
</context>
<context>
    <name>ConnectorDialog</name>
    <message>
        <source>Send connector</source>
        <translation>Conector de envio</translation>
    </message>
    <message>
        <source>Enter the relay details your provider gave you. OVHcloud creates the connector in a task that usually takes a minute.</source>
        <translation>Introduza os dados do relay fornecidos pelo seu prestador. A OVHcloud cria o conector numa tarefa que normalmente demora cerca de um minuto.</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relay SMTP</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nome de apresentação:</translation>
    </message>
    <message>
        <source>e.g. Newsletter relay</source>
        <comment>Example of a send connector name</comment>
        <translation>p. ex. Relay da newsletter</translation>
    </message>
    <message>
        <source>Smart &amp;host:</source>
        <translation>Smart &amp;host:</translation>
    </message>
    <message>
        <source>smtp-relay.example.com</source>
        <comment>Example of an SMTP relay host name</comment>
        <translation>smtp-relay.exemplo.com</translation>
    </message>
    <message>
        <source>The SMTP relay&apos;s host name or IP address</source>
        <translation>O nome de anfitrião ou o endereço IP do relay SMTP</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>587 is the usual submission port</source>
        <translation>587 é a porta de submissão habitual</translation>
    </message>
    <message>
        <source>Require &amp;TLS</source>
        <translation>Exigir &amp;TLS</translation>
    </message>
    <message>
        <source>&quot;Basic, TLS required&quot; authentication keeps TLS on.</source>
        <translation>A autenticação &quot;Básica, TLS obrigatório&quot; mantém o TLS ativado.</translation>
    </message>
    <message>
        <source>Maximum message si&amp;ze:</source>
        <translation>Tamanho má&amp;ximo da mensagem:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Mecanismo:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilizador:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pala&amp;vra-passe:</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <comment>Show the password in clear</comment>
        <translation>M&amp;ostrar</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Mostrar a palavra-passe</translation>
    </message>
    <message>
        <source>The authentication of an existing connector changes through its own OVHcloud task: use Connector ▸ Change Authentication…</source>
        <translation>A autenticação de um conector existente é alterada através de uma tarefa própria da OVHcloud: utilize Conector ▸ Alterar autenticação…</translation>
    </message>
    <message>
        <source>New Send Connector</source>
        <translation>Novo conector de envio</translation>
    </message>
    <message>
        <source>Edit Send Connector</source>
        <translation>Editar conector de envio</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Criar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Not shown: OVHcloud never returns it</source>
        <extracomment>Placeholder of the user and password fields when editing: the API never returns them.</extracomment>
        <translation>Oculto: a OVHcloud nunca devolve este valor</translation>
    </message>
    <message>
        <source>New Send Connector on %1</source>
        <extracomment>Title of the new connector dialog; %1 is the Exchange service.</extracomment>
        <translation>Novo conector de envio em %1</translation>
    </message>
    <message>
        <source>Edit Send Connector “%1”</source>
        <translation>Editar conector de envio “%1”</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Ainda não foi alterado nada.</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Replaces &quot;Cancel&quot; while OVHcloud works: closing does not stop the task.</extracomment>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>The change goes on in the background; the task list follows it.</source>
        <translation>A alteração prossegue em segundo plano; a lista de tarefas acompanha-a.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ConnectorEditCommand</name>
    <message>
        <source>The authentication cannot be edited: use connector-auth.</source>
        <translation>A autenticação não pode ser editada aqui: utilize connector-auth.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one of --name, --host, --port, --tls, --no-tls, --max-size.</source>
        <translation>Nada a alterar: indique pelo menos uma das opções --name, --host, --port, --tls, --no-tls, --max-size.</translation>
    </message>
</context>
<context>
    <name>ConnectorListCommand</name>
    <message>
        <source>Connector %1 could not be read:</source>
        <translation>Não foi possível ler o conector %1:</translation>
    </message>
</context>
<context>
    <name>ConnectorRules</name>
    <message>
        <source>Enter a display name.</source>
        <translation>Introduza um nome de apresentação.</translation>
    </message>
    <message>
        <source>The display name is too long (at most %1 characters).</source>
        <translation>O nome de apresentação é demasiado longo (no máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>The display name contains control characters.</source>
        <translation>O nome de apresentação contém caracteres de controlo.</translation>
    </message>
    <message>
        <source>Enter the smart host: the SMTP relay&apos;s host name or IP address.</source>
        <translation>Introduza o smart host: o nome de anfitrião ou o endereço IP do relay SMTP.</translation>
    </message>
    <message>
        <source>The host name is too long (at most %1 characters).</source>
        <translation>O nome de anfitrião é demasiado longo (no máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>Remove the spaces around the host name.</source>
        <translation>Remova os espaços antes e depois do nome de anfitrião.</translation>
    </message>
    <message>
        <source>%1 is not an address a relay can have.</source>
        <translation>%1 não é um endereço que um relay possa ter.</translation>
    </message>
    <message>
        <source>%1 is not a valid IP address.</source>
        <translation>%1 não é um endereço IP válido.</translation>
    </message>
    <message>
        <source>%1 is not a valid host name.</source>
        <translation>%1 não é um nome de anfitrião válido.</translation>
    </message>
    <message>
        <source>Enter the relay&apos;s full host name (for example smtp.example.com).</source>
        <translation>Introduza o nome de anfitrião completo do relay (por exemplo, smtp.exemplo.com).</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>A porta tem de estar entre 1 e 65535.</translation>
    </message>
    <message>
        <source>The maximum message size must be between 1 and %1 MB.</source>
        <translation>O tamanho máximo da mensagem tem de estar entre 1 e %1 MB.</translation>
    </message>
    <message>
        <source>Enter the user name the relay expects.</source>
        <translation>Introduza o nome de utilizador que o relay espera.</translation>
    </message>
    <message>
        <source>Enter the password the relay expects.</source>
        <translation>Introduza a palavra-passe que o relay espera.</translation>
    </message>
    <message>
        <source>The user name or password is too long (at most %1 characters).</source>
        <translation>O nome de utilizador ou a palavra-passe é demasiado longo (no máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>basicAuthRequireTLS needs TLS: turn requireTLS on.</source>
        <translation>basicAuthRequireTLS requer TLS: ative requireTLS.</translation>
    </message>
</context>
<context>
    <name>ConsumerKeyRequest</name>
    <message>
        <source>OVHcloud answered without a consumer key or validation URL.</source>
        <translation>A OVHcloud respondeu sem chave de consumidor nem URL de validação.</translation>
    </message>
    <message>
        <source>Stopped waiting for the validation.</source>
        <translation>A espera pela validação foi interrompida.</translation>
    </message>
    <message>
        <source>The consumer key was not validated in time; start again to get a new one.</source>
        <translation>A chave de consumidor não foi validada a tempo; recomece para obter uma nova.</translation>
    </message>
</context>
<context>
    <name>CredentialCheck</name>
    <message>
        <source>OVHcloud does not know this application key: check it, and the region.</source>
        <translation>A OVHcloud não reconhece esta chave de aplicação: verifique-a, bem como a região.</translation>
    </message>
    <message>
        <source>The application secret does not match the application key.</source>
        <translation>O segredo de aplicação não corresponde à chave de aplicação.</translation>
    </message>
    <message>
        <source>The consumer key was refused: it does not exist, was revoked or has expired. Create a new one.</source>
        <translation>A chave de consumidor foi recusada: não existe, foi revogada ou expirou. Crie uma nova.</translation>
    </message>
    <message>
        <source>The consumer key has not been validated yet: open its validation page and log in to your OVHcloud account.</source>
        <translation>A chave de consumidor ainda não foi validada: abra a respetiva página de validação e inicie sessão na sua conta OVHcloud.</translation>
    </message>
    <message>
        <source>The consumer key lacks the rights Smarthost needs: GET, POST, PUT and DELETE on /email/exchange/*.</source>
        <translation>A chave de consumidor não tem os direitos de que o Smarthost necessita: GET, POST, PUT e DELETE em /email/exchange/*.</translation>
    </message>
    <message>
        <source>The request timestamp was refused even after adjusting to OVHcloud&apos;s clock.</source>
        <translation>O carimbo de data/hora do pedido foi recusado, mesmo após o ajuste ao relógio da OVHcloud.</translation>
    </message>
    <message>
        <source>The OVHcloud API cannot be reached.</source>
        <translation>Não é possível aceder à API da OVHcloud.</translation>
    </message>
    <message>
        <source>The API refused the credentials.</source>
        <translation>A API recusou as credenciais.</translation>
    </message>
    <message>
        <source>%1 (OVHcloud said: %2)</source>
        <translation>%1 (resposta da OVHcloud: %2)</translation>
    </message>
    <message>
        <source>The key works, but this account has no Exchange platform.</source>
        <translation>A chave funciona, mas esta conta não tem nenhuma plataforma Exchange.</translation>
    </message>
    <message numerus="yes">
        <source>The key works: %n Exchange organization(s) found.</source>
        <translation>
            <numerusform>A chave funciona: %n organização Exchange encontrada.</numerusform>
            <numerusform>A chave funciona: %n organizações Exchange encontradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) off OVHcloud&apos;s; Smarthost compensates, but other tools may fail.</source>
        <translation>
            <numerusform>O relógio deste computador está desfasado %n minuto em relação ao da OVHcloud; o Smarthost compensa, mas outras ferramentas podem falhar.</numerusform>
            <numerusform>O relógio deste computador está desfasado %n minutos em relação ao da OVHcloud; o Smarthost compensa, mas outras ferramentas podem falhar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The consumer key&apos;s status is &quot;%1&quot;.</source>
        <translation>O estado da chave de consumidor é &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The consumer key has expired. Create a new one (choose an unlimited validity on the validation page to keep it).</source>
        <translation>A chave de consumidor expirou. Crie uma nova (escolha uma validade ilimitada na página de validação para a manter).</translation>
    </message>
    <message>
        <source>The consumer key was refused on its validation page. Create a new one and allow the access this time.</source>
        <translation>A chave de consumidor foi recusada na sua página de validação. Crie uma nova e autorize o acesso desta vez.</translation>
    </message>
</context>
<context>
    <name>DefaultConnectorCommand</name>
    <message>
        <source>New accounts of %1 will send through the platform&apos;s outgoing server; existing accounts keep their connector.</source>
        <translation>As novas contas de %1 vão enviar através do servidor de envio da plataforma; as contas existentes mantêm o respetivo conector.</translation>
    </message>
    <message>
        <source>New accounts of %1 will use connector %2; existing accounts keep their connector.</source>
        <translation>As novas contas de %1 vão utilizar o conector %2; as contas existentes mantêm o respetivo conector.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>None</source>
        <extracomment>Send connector authentication: the relay accepts mail without a login.</extracomment>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>Basic (user and password)</source>
        <extracomment>Send connector authentication: user name and password (API value basicAuth).</extracomment>
        <translation>Básica (utilizador e palavra-passe)</translation>
    </message>
    <message>
        <source>Basic, TLS required</source>
        <extracomment>Send connector authentication: user name and password, only over TLS (API value basicAuthRequireTLS).</extracomment>
        <translation>Básica, TLS obrigatório</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>A criar</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>A eliminar</translation>
    </message>
    <message>
        <source>Migrating</source>
        <extracomment>State of a send connector while OVHcloud moves it internally.</extracomment>
        <translation>A migrar</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>State of a send connector that works normally.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Reopening</source>
        <translation>A reabrir</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspenso</translation>
    </message>
    <message>
        <source>Suspending</source>
        <translation>A suspender</translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>Status of an OVHcloud task that has not started yet.</extracomment>
        <translation>Em espera</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Private Exchange</source>
        <extracomment>Exchange offer &quot;dedicated&quot; (Private Exchange).</extracomment>
        <translation>Private Exchange</translation>
    </message>
    <message>
        <source>Trusted Exchange</source>
        <extracomment>Exchange offer &quot;dedicatedCluster&quot; (Trusted Exchange).</extracomment>
        <translation>Trusted Exchange</translation>
    </message>
    <message>
        <source>Hosted Exchange</source>
        <extracomment>Exchange offer &quot;hosted&quot; (shared platform).</extracomment>
        <translation>Hosted Exchange</translation>
    </message>
    <message>
        <source>Provider Exchange</source>
        <extracomment>Exchange offer &quot;provider&quot; (shared platform sold by a reseller).</extracomment>
        <translation>Provider Exchange</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>Em manutenção</translation>
    </message>
    <message>
        <source>Basic</source>
        <extracomment>Exchange account licence.</extracomment>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Standard</source>
        <extracomment>Exchange account licence.</extracomment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <extracomment>Exchange account licence.</extracomment>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Platform outgoing server</source>
        <extracomment>Where accounts without a send connector send from: the Exchange platform&apos;s own server.</extracomment>
        <translation>Servidor de envio da plataforma</translation>
    </message>
    <message>
        <source>Platform server</source>
        <extracomment>Table cell: the account sends through the platform&apos;s own outgoing server.</extracomment>
        <translation>Servidor da plataforma</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>A date that has no value (e.g. a connector that was never updated).</extracomment>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Send connectors are meant for Private and Trusted Exchange. OVHcloud may disable a connector added to this service at any time.</source>
        <translation>Os conectores de envio destinam-se às ofertas Private Exchange e Trusted Exchange. A OVHcloud pode desativar a qualquer momento um conector adicionado a este serviço.</translation>
    </message>
</context>
<context>
    <name>DomainListCommand</name>
    <message>
        <source>Domain %1 could not be read:</source>
        <translation>Não foi possível ler o domínio %1:</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>Unknown endpoint &quot;%1&quot;: use %2 or an https:// URL.</source>
        <translation>Endpoint desconhecido &quot;%1&quot;: utilize %2 ou um URL https://.</translation>
    </message>
    <message>
        <source>Refusing plain http:// for %1: only loopback addresses may use it. Use https://.</source>
        <translation>http:// simples recusado para %1: apenas os endereços de loopback o podem utilizar. Utilize https://.</translation>
    </message>
    <message>
        <source>The endpoint URL must not have a query or fragment: %1</source>
        <translation>O URL do endpoint não pode conter uma consulta nem um fragmento: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeApi</name>
    <message>
        <source>expected a list of names</source>
        <translation>esperada uma lista de nomes</translation>
    </message>
    <message>
        <source>expected a list of ids</source>
        <translation>esperada uma lista de IDs</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>esperado um objeto JSON</translation>
    </message>
    <message>
        <source>The API answered with malformed JSON: %1</source>
        <translation>A API respondeu com JSON malformado: %1</translation>
    </message>
    <message>
        <source>Unexpected answer from the API: %1</source>
        <translation>Resposta inesperada da API: %1</translation>
    </message>
</context>
<context>
    <name>FaultRule</name>
    <message>
        <source>Fault &quot;%1&quot;: the rate must be a number from 0 to 1.</source>
        <translation>Falha &quot;%1&quot;: a taxa tem de ser um número de 0 a 1.</translation>
    </message>
    <message>
        <source>Fault &quot;%1&quot;: unknown kind; use one of %2.</source>
        <translation>Falha &quot;%1&quot;: tipo desconhecido; utilize um destes: %2.</translation>
    </message>
    <message>
        <source>Fault &quot;%1&quot;: invalid regular expression: %2</source>
        <translation>Falha &quot;%1&quot;: expressão regular inválida: %2</translation>
    </message>
    <message>
        <source>Fault &quot;%1&quot;: expected METHOD:REGEX:KIND[:RATE[:COUNT]].</source>
        <translation>Falha &quot;%1&quot;: esperado METHOD:REGEX:KIND[:RATE[:COUNT]].</translation>
    </message>
    <message>
        <source>Fault &quot;%1&quot;: the count must be a whole number of 1 or more.</source>
        <translation>Falha &quot;%1&quot;: a contagem deve ser um número inteiro igual ou superior a 1.</translation>
    </message>
</context>
<context>
    <name>HeaderAnalyzer</name>
    <message>
        <source>The input is larger than 1 MB (%1 characters). Paste only the message header.</source>
        <extracomment>%1 is the size of the pasted text</extracomment>
        <translation>O conteúdo introduzido tem mais de 1 MB (%1 caracteres). Cole apenas o cabeçalho da mensagem.</translation>
    </message>
    <message>
        <source>No e-mail header found. Paste the header of the message, starting with its first line (usually Return-Path: or Received:).</source>
        <translation>Nenhum cabeçalho de e-mail encontrado. Cole o cabeçalho da mensagem a partir da primeira linha (normalmente Return-Path: ou Received:).</translation>
    </message>
    <message>
        <source>The input is larger than 1 MB (%1 bytes). Paste only the message header.</source>
        <extracomment>%1 is the size of the input in bytes</extracomment>
        <translation>O conteúdo introduzido tem mais de 1 MB (%1 bytes). Cole apenas o cabeçalho da mensagem.</translation>
    </message>
</context>
<context>
    <name>HeaderDisplayText</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Date and time in a table cell: %1 the date, %2 the time</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>Full local date and time: %1 the date, %2 the time, %3 the time zone (UTC+01:00)</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Total transit time of a message, when it cannot be computed</extracomment>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>%1 (from the Date header to the last hop)</source>
        <extracomment>%1 is a duration</extracomment>
        <translation>%1 (do cabeçalho Date até ao último salto)</translation>
    </message>
    <message>
        <source>%1 (from the first to the last hop)</source>
        <translation>%1 (do primeiro ao último salto)</translation>
    </message>
</context>
<context>
    <name>HeaderFileReader</name>
    <message>
        <source>Could not open “%1”: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Não foi possível abrir “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is %2: the header viewer reads at most 1 MB, and no complete message header ends within it. Open the header alone, or paste it.</source>
        <extracomment>%1 a file name, %2 its size (&quot;3.2 MB&quot;)</extracomment>
        <translation>“%1” tem %2: o visualizador de cabeçalhos lê no máximo 1 MB e nenhum cabeçalho de mensagem completo termina dentro desse limite. Abra apenas o cabeçalho ou cole-o.</translation>
    </message>
    <message>
        <source>“%1” is %2: only its header (up to the first empty line) was read.</source>
        <extracomment>%1 a file name, %2 its size (&quot;3.2 MB&quot;)</extracomment>
        <translation>“%1” tem %2: só foi lido o respetivo cabeçalho (até à primeira linha vazia).</translation>
    </message>
</context>
<context>
    <name>HeaderReportText</name>
    <message>
        <source>%1 s</source>
        <extracomment>Duration in seconds</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>Duration in minutes and seconds</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>Duration in hours and minutes</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>%1 (from the Date header to the last hop)</source>
        <translation>%1 (do cabeçalho Date até ao último salto)</translation>
    </message>
    <message>
        <source>%1 (from the first to the last hop)</source>
        <translation>%1 (do primeiro ao último salto)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Trânsito</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Salto</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Atraso</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Com</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 host, %2 header name</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n ARC set(s)</source>
        <translation>
            <numerusform>%n conjunto ARC</numerusform>
            <numerusform>%n conjuntos ARC</numerusform>
        </translation>
    </message>
    <message>
        <source>No authentication result in the headers.</source>
        <translation>Nenhum resultado de autenticação nos cabeçalhos.</translation>
    </message>
    <message>
        <source>hop %1</source>
        <translation>salto %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message numerus="yes">
        <source>Hops, oldest first (%n hop(s))</source>
        <extracomment>%n is the number of Received headers</extracomment>
        <translation>
            <numerusform>Saltos, do mais antigo para o mais recente (%n salto)</numerusform>
            <numerusform>Saltos, do mais antigo para o mais recente (%n saltos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticação</translation>
    </message>
    <message>
        <source>Send connector</source>
        <translation>Conector de envio</translation>
    </message>
    <message>
        <source>Send connector %1</source>
        <translation>Conector de envio %1</translation>
    </message>
</context>
<context>
    <name>HeaderSummaryView</name>
    <message>
        <source>Subject:</source>
        <translation>Assunto:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Message-ID:</source>
        <translation>Message-ID:</translation>
    </message>
    <message>
        <source>Transit:</source>
        <translation>Trânsito:</translation>
    </message>
    <message>
        <source>Authentication results</source>
        <translation>Resultados de autenticação</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Autenticação:</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>Shown for a summary field the header does not have</extracomment>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>%1
(your time: %2)</source>
        <extracomment>%1 the Date header as written, %2 the same in the user&apos;s time zone</extracomment>
        <translation>%1
(hora local: %2)</translation>
    </message>
    <message>
        <source>The paste came from a web page: HTML markup and entities (&amp;lt; &amp;gt; &amp;amp;) were decoded.</source>
        <translation>O texto colado veio de uma página web: a marcação HTML e as entidades (&amp;lt; &amp;gt; &amp;amp;) foram descodificadas.</translation>
    </message>
</context>
<context>
    <name>HeaderViewerPane</name>
    <message>
        <source>Header viewer</source>
        <translation>Visualizador de cabeçalhos</translation>
    </message>
    <message>
        <source>Analyse</source>
        <extracomment>Runs the header analysis</extracomment>
        <translation>Analisar</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Message header</source>
        <translation>Cabeçalho da mensagem</translation>
    </message>
    <message>
        <source>Paste the header of a received message here (or the whole message), drop a .eml or .txt file, or use Open…</source>
        <translation>Cole aqui o cabeçalho de uma mensagem recebida (ou a mensagem completa), arraste para aqui um ficheiro .eml ou .txt, ou utilize Abrir…</translation>
    </message>
    <message>
        <source>Open a .eml or .txt file (%1)</source>
        <translation>Abrir um ficheiro .eml ou .txt (%1)</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>Empties the paste area and the results</extracomment>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copiar relatório</translation>
    </message>
    <message>
        <source>Copy the analysis as text: summary, hops, authentication and verdict</source>
        <translation>Copiar a análise como texto: resumo, saltos, autenticação e veredicto</translation>
    </message>
    <message>
        <source>Analyse the header now (%1); it also runs by itself after each change</source>
        <translation>Analisar o cabeçalho agora (%1); a análise também é executada automaticamente após cada alteração</translation>
    </message>
    <message>
        <source>All headers, in order</source>
        <translation>Todos os cabeçalhos, por ordem</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Open a Message or Header</source>
        <translation>Abrir uma mensagem ou um cabeçalho</translation>
    </message>
    <message>
        <source>Messages and headers (*.eml *.txt *.hdr);;All files (*)</source>
        <extracomment>File dialog filter; keep the patterns in parentheses as they are</extracomment>
        <translation>Mensagens e cabeçalhos (*.eml *.txt *.hdr);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>No analysis</source>
        <translation>Sem análise</translation>
    </message>
    <message>
        <source>See the message under the header.</source>
        <translation>Consulte a mensagem por baixo do cabeçalho.</translation>
    </message>
    <message numerus="yes">
        <source>Hops (%n)</source>
        <extracomment>Tab of the header viewer: %n is the number of hops</extracomment>
        <translation>
            <numerusform>Saltos (%n)</numerusform>
            <numerusform>Saltos (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All headers (%n)</source>
        <extracomment>Tab of the header viewer: %n is the number of header fields</extracomment>
        <translation>
            <numerusform>Todos os cabeçalhos (%n)</numerusform>
            <numerusform>Todos os cabeçalhos (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste the header of a received message to see its route.</source>
        <translation>Cole o cabeçalho de uma mensagem recebida para ver a respetiva rota.</translation>
    </message>
    <message>
        <source>Send a test message from an account that uses the connector, then paste the header of the received message here.</source>
        <translation>Envie uma mensagem de teste a partir de uma conta que utilize o conector e, em seguida, cole aqui o cabeçalho da mensagem recebida.</translation>
    </message>
    <message>
        <source>Hops</source>
        <extracomment>Tab of the header viewer, before any analysis</extracomment>
        <translation>Saltos</translation>
    </message>
    <message>
        <source>All headers</source>
        <translation>Todos os cabeçalhos</translation>
    </message>
</context>
<context>
    <name>HeadersCommand</name>
    <message>
        <source>Usage: smarthost-cli headers FILE|- [--connector HOST] [--alias HOST]… [--json]</source>
        <translation>Utilização: smarthost-cli headers FICHEIRO|- [--connector SERVIDOR] [--alias SERVIDOR]… [--json]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: paste or save the received mail&apos;s headers first.</source>
        <translation>%1 está vazio: cole ou guarde primeiro os cabeçalhos do e-mail recebido.</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the history as a CSV file</source>
        <translation>Guardar o histórico como ficheiro CSV</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Exportar histórico</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível escrever %1: %2</translation>
    </message>
</context>
<context>
    <name>HistoryEntry</name>
    <message>
        <source>Attach</source>
        <extracomment>History: accounts were attached to a send connector.</extracomment>
        <translation>Associar</translation>
    </message>
    <message>
        <source>Detach</source>
        <extracomment>History: accounts were detached (back to the platform&apos;s outgoing server).</extracomment>
        <translation>Desassociar</translation>
    </message>
    <message>
        <source>Create connector</source>
        <translation>Criar conector</translation>
    </message>
    <message>
        <source>Edit connector</source>
        <translation>Editar conector</translation>
    </message>
    <message>
        <source>Delete connector</source>
        <translation>Eliminar conector</translation>
    </message>
    <message>
        <source>Change authentication</source>
        <translation>Alterar autenticação</translation>
    </message>
    <message>
        <source>Default connector</source>
        <extracomment>History: the default connector of a domain&apos;s new accounts changed.</extracomment>
        <translation>Conector predefinido</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>Column of the change history: what was done (attach, detach, create…).</extracomment>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Alvos</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Query ID</source>
        <translation>ID do pedido</translation>
    </message>
</context>
<context>
    <name>HopFlags</name>
    <message>
        <source>The connection was encrypted (TLS).</source>
        <translation>A ligação estava encriptada (TLS).</translation>
    </message>
    <message>
        <source>The sending client was authenticated.</source>
        <translation>O cliente de envio estava autenticado.</translation>
    </message>
    <message>
        <source>Local hop: loopback connection or submission on the same machine.</source>
        <translation>Salto local: ligação de loopback ou submissão na mesma máquina.</translation>
    </message>
    <message>
        <source>Final delivery to the mailbox over LMTP.</source>
        <translation>Entrega final na caixa de correio via LMTP.</translation>
    </message>
    <message>
        <source>Submitted over HTTP (webmail or web API).</source>
        <translation>Submetida via HTTP (webmail ou API web).</translation>
    </message>
    <message>
        <source>The connecting IP address is not a valid address; it is shown as written.</source>
        <translation>O endereço IP de origem da ligação não é um endereço válido; é apresentado tal como foi escrito.</translation>
    </message>
    <message>
        <source>The date has no time zone; it was read as UTC.</source>
        <extracomment>The date in a Received header had no time zone</extracomment>
        <translation>A data não tem fuso horário; foi interpretada como UTC.</translation>
    </message>
    <message>
        <source>This hop has no date.</source>
        <translation>Este salto não tem data.</translation>
    </message>
    <message>
        <source>The date of this hop could not be read.</source>
        <translation>Não foi possível ler a data deste salto.</translation>
    </message>
    <message>
        <source>Dated before the previous hop: one of the two servers has a wrong clock.</source>
        <translation>Data anterior à do salto precedente: um dos dois servidores tem o relógio errado.</translation>
    </message>
    <message>
        <source>Part of this header could not be read; it is kept as written.</source>
        <translation>Não foi possível ler parte deste cabeçalho; essa parte é mantida tal como foi escrita.</translation>
    </message>
</context>
<context>
    <name>HopTableModel</name>
    <message>
        <source>no date</source>
        <extracomment>Time column of a hop whose date could not be read or is missing</extracomment>
        <translation>sem data</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegível</translation>
    </message>
    <message>
        <source>Hop %1 (1 = the oldest Received header)</source>
        <translation>Salto %1 (1 = o cabeçalho Received mais antigo)</translation>
    </message>
    <message>
        <source>This hop proves that the message went through the connector.</source>
        <translation>Este salto comprova que a mensagem passou pelo conector.</translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation>Tal como escrito: %1</translation>
    </message>
    <message>
        <source>No from clause: the server recorded no sender.</source>
        <translation>Sem cláusula from: o servidor não registou a origem.</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De: %1</translation>
    </message>
    <message>
        <source>Announced name (HELO): %1</source>
        <extracomment>HELO/EHLO is the name the sending server announced</extracomment>
        <translation>Nome anunciado (HELO): %1</translation>
    </message>
    <message>
        <source>Reverse DNS: %1</source>
        <translation>DNS inverso: %1</translation>
    </message>
    <message>
        <source>IP address: %1</source>
        <translation>Endereço IP: %1</translation>
    </message>
    <message>
        <source>Invalid IP address (as written): %1</source>
        <translation>Endereço IP inválido (tal como escrito): %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comentário: %1</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Por: %1</translation>
    </message>
    <message>
        <source>Via: %1</source>
        <translation>Via: %1</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>Com: %1</translation>
    </message>
    <message>
        <source>Your local time: %1</source>
        <translation>A sua hora local: %1</translation>
    </message>
    <message>
        <source>No date in this header.</source>
        <translation>Este cabeçalho não tem data.</translation>
    </message>
    <message>
        <source>Time zone of the server: %1</source>
        <translation>Fuso horário do servidor: %1</translation>
    </message>
    <message>
        <source>The first hop has no previous hop to measure from.</source>
        <translation>O primeiro salto não tem nenhum salto anterior a partir do qual medir.</translation>
    </message>
    <message>
        <source>No delay: this hop or the ones before have no date.</source>
        <translation>Atraso indisponível: este salto ou os anteriores não têm data.</translation>
    </message>
    <message>
        <source>%1 after the previous dated hop: %2% of the total delay</source>
        <extracomment>%1 a duration, %2 a percentage</extracomment>
        <translation>%1 após o salto datado anterior: %2% do atraso total</translation>
    </message>
    <message>
        <source>%1 after the previous dated hop</source>
        <translation>%1 após o salto datado anterior</translation>
    </message>
    <message>
        <source>Hop</source>
        <extracomment>Column of the hop table: the hop number, 1 = oldest</extracomment>
        <translation>Salto</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Column of the hop table: the server that sent the message</extracomment>
        <translation>De</translation>
    </message>
    <message>
        <source>By</source>
        <extracomment>Column of the hop table: the server that received the message</extracomment>
        <translation>Por</translation>
    </message>
    <message>
        <source>With</source>
        <extracomment>Column of the hop table: the protocol (ESMTPS, LMTP…)</extracomment>
        <translation>Com</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Atraso</translation>
    </message>
    <message>
        <source>Hop number: 1 is the oldest (bottom-most) Received header</source>
        <translation>Número do salto: 1 é o cabeçalho Received mais antigo (o mais abaixo)</translation>
    </message>
    <message>
        <source>The server that handed the message over, as the receiving server saw it</source>
        <translation>O servidor que entregou a mensagem, tal como o servidor recetor o viu</translation>
    </message>
    <message>
        <source>The server that received the message and wrote the Received header</source>
        <translation>O servidor que recebeu a mensagem e escreveu o cabeçalho Received</translation>
    </message>
    <message>
        <source>The protocol of the hop</source>
        <translation>O protocolo do salto</translation>
    </message>
    <message>
        <source>When the server received the message, in your local time</source>
        <translation>Quando o servidor recebeu a mensagem, na sua hora local</translation>
    </message>
    <message>
        <source>Time since the previous hop; the bar shows its share of the total delay</source>
        <translation>Tempo desde o salto anterior; a barra mostra a respetiva parte do atraso total</translation>
    </message>
</context>
<context>
    <name>HopTableView</name>
    <message>
        <source>Hops, oldest first</source>
        <translation>Saltos, do mais antigo para o mais recente</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1: field %2: %3</source>
        <translation>%1: campo %2: %3</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>em falta</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>esperado texto</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>esperado um número inteiro</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>esperado true ou false</translation>
    </message>
    <message>
        <source>not a date: %1</source>
        <translation>não é uma data: %1</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>esperado um objeto</translation>
    </message>
    <message>
        <source>number out of range: %1</source>
        <translation>número fora do intervalo: %1</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>system keychain</source>
        <translation>porta-chaves do sistema</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>View menu: the submenu that chooses the interface language.</extracomment>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Default (%1)</source>
        <extracomment>View → Language: follow the language of the operating system.</extracomment>
        <translation>Predefinição do sistema (%1)</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Manage the SMTP send connectors of OVHcloud Private and Trusted Exchange.</source>
        <translation>Gestão dos conectores de envio SMTP das plataformas Private Exchange e Trusted Exchange da OVHcloud.</translation>
    </message>
    <message>
        <source>Work on simulated data: no account or network needed.</source>
        <translation>Trabalhar com dados simulados: não é necessária nenhuma conta nem ligação de rede.</translation>
    </message>
    <message>
        <source>Wait until the first load is finished, save the window to FILE (PNG) and exit.</source>
        <translation>Aguardar pelo fim do primeiro carregamento, guardar a janela em FICHEIRO (PNG) e sair.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHEIRO</translation>
    </message>
    <message>
        <source>Use language LANG (e.g. fr).</source>
        <translation>Utilizar o idioma IDIOMA (p. ex. fr).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>Use the saved profile NAME.</source>
        <translation>Utilizar o perfil guardado NOME.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>ALVO</translation>
    </message>
    <message>
        <source>Give up after SECONDS.</source>
        <translation>Desistir após SEGUNDOS.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>Generated accounts in the demo (default 12).</source>
        <translation>Número de contas geradas na demonstração (predefinição: 12).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--lang expects a language code such as fr or pt_BR, not &quot;%1&quot;.</source>
        <translation>--lang espera um código de idioma como fr ou pt_BR, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--screenshot-timeout expects a number of seconds.</source>
        <translation>--screenshot-timeout espera um número de segundos.</translation>
    </message>
    <message>
        <source>--demo-accounts expects a number between 0 and 20000.</source>
        <translation>--demo-accounts espera um número entre 0 e 20000.</translation>
    </message>
    <message>
        <source>A received message (.eml) or a header saved as text, to open in the header viewer.</source>
        <translation>Uma mensagem recebida (.eml) ou um cabeçalho guardado como texto, para abrir no visualizador de cabeçalhos.</translation>
    </message>
    <message>
        <source>[MESSAGE]</source>
        <translation>[MENSAGEM]</translation>
    </message>
    <message>
        <source>What --screenshot grabs: main, new-connector, edit-connector, change-authentication or header-viewer.</source>
        <translation>O que --screenshot captura: main, new-connector, edit-connector, change-authentication ou header-viewer.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation>Não foi possível iniciar o simulador de demonstração: %1</translation>
    </message>
    <message>
        <source>simulator at %1</source>
        <extracomment>Status bar: the endpoint in demo mode; %1 is the simulator&apos;s local URL.</extracomment>
        <translation>simulador em %1</translation>
    </message>
    <message>
        <source>demo</source>
        <extracomment>Status bar: the profile in demo mode.</extracomment>
        <translation>demonstração</translation>
    </message>
    <message>
        <source>environment or ovh.conf</source>
        <extracomment>Status bar: the credentials come from OVH_* variables or an ovh.conf file.</extracomment>
        <translation>ambiente ou ovh.conf</translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot;.</source>
        <translation>Não existe nenhum perfil guardado com o nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The profile&apos;s secrets could not be read from the %1: %2</source>
        <translation>Não foi possível ler os segredos do perfil (%1): %2</translation>
    </message>
    <message>
        <source>Unknown --screenshot-of &quot;%1&quot;.</source>
        <translation>Valor de --screenshot-of desconhecido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Smarthost found no OVHcloud credentials.</source>
        <translation>O Smarthost não encontrou nenhuma credencial OVHcloud.</translation>
    </message>
    <message>
        <source>Set OVH_ENDPOINT, OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY, write an ovh.conf file, or save a profile with `smarthost-cli login`. To look around first, start `smarthost --demo`.</source>
        <translation>Defina OVH_ENDPOINT, OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET e OVH_CONSUMER_KEY, crie um ficheiro ovh.conf ou guarde um perfil com `smarthost-cli login`. Para explorar primeiro a aplicação, inicie `smarthost --demo`.</translation>
    </message>
    <message>
        <source>Smarthost</source>
        <translation>Smarthost</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>Abrir a &amp;demonstração</translation>
    </message>
    <message>
        <source>The credentials for %1 are incomplete: an application key, an application secret and a consumer key (or an OAuth2 client id and secret) are needed.</source>
        <translation>As credenciais para %1 estão incompletas: são necessários uma chave de aplicação, um segredo de aplicação e uma chave de consumidor (ou um ID e um segredo de cliente OAuth2).</translation>
    </message>
    <message>
        <source>You signed out of the profile &quot;%1&quot;; its secrets were deleted from the keychain.</source>
        <translation>Terminou a sessão do perfil “%1”; os seus segredos foram eliminados do porta-chaves.</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Iniciar sessão…</translation>
    </message>
    <message>
        <source>OVHcloud refused the keys in use (%1). Sign in again: what Smarthost was doing goes on afterwards.</source>
        <translation>A OVHcloud recusou as chaves em uso (%1). Inicie sessão novamente: o que o Smarthost estava a fazer continua depois.</translation>
    </message>
</context>
<context>
    <name>LoadingProgressLabel</name>
    <message numerus="yes">
        <source>%1 / %Ln account(s)</source>
        <extracomment>Status bar while a service&apos;s accounts load: %1 read so far out of %Ln, e.g. &quot;3,000 / 10,000 accounts&quot;.</extracomment>
        <translation>
            <numerusform>%1 / %Ln conta</numerusform>
            <numerusform>%1 / %Ln contas</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts read so far from OVHcloud</source>
        <translation>Contas lidas até agora a partir da OVHcloud</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>Usage: smarthost-cli login [--endpoint NAME|URL] --application-key AK --application-secret-stdin --consumer-key-stdin [--profile NAME]
The application secret and the consumer key are read from standard input, one per line.</source>
        <translation>Utilização: smarthost-cli login [--endpoint NOME|URL] --application-key AK --application-secret-stdin --consumer-key-stdin [--profile NOME]
O segredo de aplicação e a chave de consumidor são lidos da entrada padrão, um por linha.</translation>
    </message>
    <message>
        <source>Standard input must hold the application secret, then the consumer key, one per line.</source>
        <translation>A entrada padrão tem de conter o segredo de aplicação e, em seguida, a chave de consumidor, um por linha.</translation>
    </message>
    <message>
        <source>The secrets could not be saved in the %1: %2
Nothing was saved; use OVH_* environment variables or an ovh.conf file instead.</source>
        <translation>Não foi possível guardar os segredos (%1): %2
Nada foi guardado; utilize antes as variáveis de ambiente OVH_* ou um ficheiro ovh.conf.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved; its secrets are in the %2.</source>
        <translation>Perfil &quot;%1&quot; guardado; os respetivos segredos ficam em: %2.</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>No saved profile named &quot;%1&quot;.</source>
        <translation>Não existe nenhum perfil guardado com o nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The secrets could not be deleted from the %1: %2</source>
        <translation>Não foi possível eliminar os segredos (%1): %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted, with its secrets.</source>
        <translation>Perfil &quot;%1&quot; eliminado, juntamente com os respetivos segredos.</translation>
    </message>
</context>
<context>
    <name>LostAnswer</name>
    <message>
        <source>The change was accepted; only reading it back failed: refresh to see it.</source>
        <translation>A alteração foi aceite; só a releitura falhou: atualize para a ver.</translation>
    </message>
    <message>
        <source>Nothing was sent again.</source>
        <translation>Nada foi reenviado.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Send Connectors (Demo)</source>
        <translation>Conectores de envio (demonstração)</translation>
    </message>
    <message>
        <source>Send Connectors</source>
        <translation>Conectores de envio</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode&lt;/b&gt; — the services, connectors and accounts below are simulated on this computer. Nothing is sent to OVHcloud.</source>
        <translation>&lt;b&gt;Modo de demonstração&lt;/b&gt; — os serviços, conectores e contas abaixo são simulados neste computador. Nada é enviado para a OVHcloud.</translation>
    </message>
    <message>
        <source>Header Viewer</source>
        <translation>Visualizador de cabeçalhos</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Endpoint: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>Could not read the list of services: %1</source>
        <translation>Não foi possível ler a lista de serviços: %1</translation>
    </message>
    <message>
        <source>Task %1 (%2 on %3): %4</source>
        <translation>Tarefa %1 (%2 em %3): %4</translation>
    </message>
    <message>
        <source>OVHcloud&apos;s task %1 (%2 on %3) ended with status “%4”.</source>
        <translation>A tarefa %1 da OVHcloud (%2 em %3) terminou com o estado “%4”.</translation>
    </message>
    <message>
        <source>Could not read %1 again: %2</source>
        <translation>Não foi possível ler %1 novamente: %2</translation>
    </message>
    <message>
        <source>About Smarthost</source>
        <translation>Acerca do Smarthost</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Smarthost %1&lt;/h3&gt;&lt;p&gt;Manage the SMTP send connectors of OVHcloud Private and Trusted Exchange.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Smarthost %1&lt;/h3&gt;&lt;p&gt;Gestão dos conectores de envio SMTP das plataformas Private Exchange e Trusted Exchange da OVHcloud.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No secret stored for %1.</source>
        <translation>Nenhum segredo guardado para %1.</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>memória (apenas nesta sessão)</translation>
    </message>
</context>
<context>
    <name>MutationReadBack</name>
    <message>
        <source>Reading it back shows the change was applied.</source>
        <translation>A releitura mostra que a alteração foi aplicada.</translation>
    </message>
    <message>
        <source>Reading it back shows the change was not applied.</source>
        <translation>A releitura mostra que a alteração não foi aplicada.</translation>
    </message>
    <message>
        <source>Reading it back could not tell whether the change was applied.</source>
        <translation>A releitura não permitiu saber se a alteração foi aplicada.</translation>
    </message>
</context>
<context>
    <name>NetworkSettingsDialog</name>
    <message>
        <source>Network Settings</source>
        <translation>Definições de rede</translation>
    </message>
    <message>
        <source>Smarthost reads large services with many requests. To stay within OVHcloud&apos;s fair use, it sends at most this many requests per second, retries included. 0 turns the limit off.</source>
        <translation>O Smarthost lê os serviços de grande dimensão com muitos pedidos. Para respeitar a utilização razoável (fair use) da OVHcloud, envia no máximo este número de pedidos por segundo, incluindo as novas tentativas. 0 desativa o limite.</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>Shown in the rate limit spin box when the value is 0.</extracomment>
        <translation>Desativado</translation>
    </message>
    <message>
        <source> requests/s</source>
        <extracomment>Unit after the rate limit value, with its leading space.</extracomment>
        <translation> pedidos/s</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Limite de pedidos:</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the number of seconds, with its leading space.</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>A call that gets no usable answer in this time fails with a message, timeouts and retries included.</source>
        <translation>Uma chamada sem resposta utilizável neste tempo falha com uma mensagem, incluindo tempos limite e novas tentativas.</translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation>&amp;Desistir após:</translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the message, with OVHcloud&apos;s query id, to the clipboard</source>
        <translation>Copiar a mensagem, com o ID do pedido da OVHcloud, para a área de transferência</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Fechar esta mensagem</translation>
    </message>
</context>
<context>
    <name>OAuth2TokenRequest</name>
    <message>
        <source>Cannot reach the OAuth2 token service: %1</source>
        <translation>Não é possível aceder ao serviço de tokens OAuth2: %1</translation>
    </message>
    <message>
        <source>The service account was refused: %1</source>
        <translation>A conta de serviço foi recusada: %1</translation>
    </message>
    <message>
        <source>The OAuth2 token service answered without a token.</source>
        <translation>O serviço de tokens OAuth2 respondeu sem token.</translation>
    </message>
</context>
<context>
    <name>OvhConfigFile</name>
    <message>
        <source>binary data, not a configuration file</source>
        <translation>dados binários, não é um ficheiro de configuração</translation>
    </message>
    <message>
        <source>malformed section header: %1</source>
        <translation>cabeçalho de secção malformado: %1</translation>
    </message>
    <message>
        <source>expected &quot;key = value&quot; or a [section], found: %1</source>
        <translation>esperado &quot;chave = valor&quot; ou uma [secção], encontrado: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; stands before any [section]</source>
        <translation>&quot;%1&quot; aparece antes de qualquer [secção]</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: não é possível ler: %2</translation>
    </message>
    <message>
        <source>%1: larger than 1 MB, not a configuration file</source>
        <translation>%1: maior do que 1 MB, não é um ficheiro de configuração</translation>
    </message>
</context>
<context>
    <name>OvhConfigImport</name>
    <message>
        <source>Choose a file.</source>
        <translation>Escolha um ficheiro.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Não existe nenhum ficheiro em %1.</translation>
    </message>
    <message>
        <source>No OVH_* variable is set and none of these files exists.</source>
        <translation>Nenhuma variável OVH_* está definida e nenhum destes ficheiros existe.</translation>
    </message>
    <message>
        <source>No keys found there.</source>
        <translation>Não foram encontradas chaves nesse local.</translation>
    </message>
    <message>
        <source>none: the region chosen above (%1)</source>
        <translation>nenhum: a região escolhida acima (%1)</translation>
    </message>
    <message>
        <source>There is no consumer key: choose “Create a key for me” to get one for this application.</source>
        <translation>Não existe nenhuma chave de consumidor: escolha “Criar uma chave para mim” para obter uma para esta aplicação.</translation>
    </message>
    <message>
        <source>The service account is incomplete: both the client ID and the client secret are needed.</source>
        <translation>A conta de serviço está incompleta: são necessários o ID de cliente e o segredo de cliente.</translation>
    </message>
    <message>
        <source>The keys are incomplete: the application key, the application secret and the consumer key are needed.</source>
        <translation>As chaves estão incompletas: são necessários a chave de aplicação, o segredo de aplicação e a chave de consumidor.</translation>
    </message>
    <message>
        <source>nowhere</source>
        <extracomment>Import ovh.conf: where the values were found.</extracomment>
        <translation>em nenhum local</translation>
    </message>
    <message>
        <source>not found</source>
        <extracomment>Import ovh.conf: a value that is not in the configuration.
----------
Import ovh.conf: a secret that was found; it is never shown.</extracomment>
        <translation>não encontrado</translation>
    </message>
    <message>
        <source>•••••••• (found, hidden)</source>
        <translation>•••••••• (encontrado, oculto)</translation>
    </message>
    <message>
        <source>Choose an ovh.conf File</source>
        <translation>Escolher um ficheiro ovh.conf</translation>
    </message>
    <message>
        <source>Configuration files (*.conf)</source>
        <translation>Ficheiros de configuração (*.conf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os ficheiros (*)</translation>
    </message>
</context>
<context>
    <name>OvhConfigResolver</name>
    <message>
        <source>Both an application key and an OAuth2 client id are configured for endpoint %1: choose one.</source>
        <translation>Estão configurados tanto uma chave de aplicação como um ID de cliente OAuth2 para o endpoint %1: escolha apenas um.</translation>
    </message>
</context>
<context>
    <name>ProbeAdvice</name>
    <message>
        <source>Not checked: the probe was cancelled.</source>
        <translation>Não verificado: o teste foi cancelado.</translation>
    </message>
    <message>
        <source>Not checked: the probe stopped before this step.</source>
        <translation>Não verificado: o teste parou antes deste passo.</translation>
    </message>
    <message>
        <source>The name %1 does not resolve (DNS failure).</source>
        <translation>O nome %1 não é resolvido (falha de DNS).</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2.</source>
        <translation>%1 recusou a ligação na porta %2.</translation>
    </message>
    <message>
        <source>The name %1 did not resolve within %2 s (DNS timeout).</source>
        <translation>O nome %1 não foi resolvido em %2 s (tempo limite de DNS esgotado).</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>Sem resposta em %1 s.</translation>
    </message>
    <message>
        <source>The probe took longer than %1 s in total and was stopped.</source>
        <translation>O teste demorou mais de %1 s no total e foi interrompido.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>O servidor fechou a ligação.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Erro de rede: %1</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>A negociação TLS falhou: %1</translation>
    </message>
    <message>
        <source>The server answered: %1</source>
        <translation>O servidor respondeu: %1</translation>
    </message>
    <message>
        <source>The server does not speak SMTP as expected: %1</source>
        <translation>O servidor não responde em SMTP como esperado: %1</translation>
    </message>
    <message>
        <source>The probe was cancelled.</source>
        <translation>O teste foi cancelado.</translation>
    </message>
</context>
<context>
    <name>ProbeAdvisor</name>
    <message>
        <source>Connection</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <source>The name %1 does not resolve (DNS failure).</source>
        <translation>O nome %1 não é resolvido (falha de DNS).</translation>
    </message>
    <message>
        <source>Check the spelling of the smart host: OVHcloud&apos;s Exchange servers must find it in public DNS.</source>
        <translation>Verifique a ortografia do smart host: os servidores Exchange da OVHcloud têm de o encontrar no DNS público.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2: nothing listens there, or a firewall rejects it.</source>
        <translation>%1 recusou a ligação na porta %2: nenhum serviço está à escuta nessa porta ou uma firewall rejeita a ligação.</translation>
    </message>
    <message>
        <source>Check the port: SMTP relays usually listen on 587 (submission with STARTTLS) or 25.</source>
        <translation>Verifique a porta: os relays SMTP escutam normalmente na porta 587 (submissão com STARTTLS) ou 25.</translation>
    </message>
    <message>
        <source>Check the smart host name and that its DNS servers answer.</source>
        <translation>Verifique o nome do smart host e se os respetivos servidores DNS respondem.</translation>
    </message>
    <message>
        <source>No connection to %1 on port %2 within %3 s.</source>
        <translation>Sem ligação a %1 na porta %2 em %3 s.</translation>
    </message>
    <message>
        <source>A firewall may drop the connection silently, or the host is down. Check the port, and that the relay accepts connections from OVHcloud&apos;s Exchange servers.</source>
        <translation>Uma firewall pode estar a descartar a ligação silenciosamente, ou o servidor está em baixo. Verifique a porta e se o relay aceita ligações dos servidores Exchange da OVHcloud.</translation>
    </message>
    <message>
        <source>Connected to %1 (%2) on port %3.</source>
        <translation>Ligado a %1 (%2) na porta %3.</translation>
    </message>
    <message>
        <source>Port and TLS mode</source>
        <translation>Porta e modo TLS</translation>
    </message>
    <message>
        <source>Port %1 uses implicit TLS (SMTPS): TLS starts before the SMTP greeting. Exchange send connectors do not speak it.</source>
        <translation>A porta %1 utiliza TLS implícito (SMTPS): o TLS começa antes da saudação SMTP. Os conectores de envio do Exchange não suportam este modo.</translation>
    </message>
    <message>
        <source>Use port 587 or 25 with STARTTLS instead.</source>
        <translation>Utilize antes a porta 587 ou 25 com STARTTLS.</translation>
    </message>
    <message>
        <source>Port %1 starts in plain SMTP and upgrades with STARTTLS, as Exchange send connectors do.</source>
        <translation>A porta %1 começa em SMTP simples e passa a TLS com STARTTLS, tal como fazem os conectores de envio do Exchange.</translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation>Saudação do servidor</translation>
    </message>
    <message>
        <source>The server greets with: %1</source>
        <translation>Saudação do servidor: %1</translation>
    </message>
    <message>
        <source>The relay probably rejects connections from this address: it must accept OVHcloud&apos;s Exchange servers.</source>
        <translation>O relay provavelmente rejeita ligações provenientes deste endereço: tem de aceitar os servidores Exchange da OVHcloud.</translation>
    </message>
    <message>
        <source>The server accepted the connection but sent no greeting within %1 s.</source>
        <translation>O servidor aceitou a ligação, mas não enviou nenhuma saudação em %1 s.</translation>
    </message>
    <message>
        <source>The port may not use implicit TLS; use port 587 or 25 with STARTTLS.</source>
        <translation>A porta talvez não utilize TLS implícito; utilize a porta 587 ou 25 com STARTTLS.</translation>
    </message>
    <message>
        <source>The port may not speak SMTP, or it expects implicit TLS (SMTPS), which send connectors do not support.</source>
        <translation>A porta talvez não utilize SMTP, ou espera TLS implícito (SMTPS), que os conectores de envio não suportam.</translation>
    </message>
    <message>
        <source>The server closed the connection without a greeting.</source>
        <translation>O servidor fechou a ligação sem enviar uma saudação.</translation>
    </message>
    <message>
        <source>The server refused the session: %1</source>
        <translation>O servidor recusou a sessão: %1</translation>
    </message>
    <message>
        <source>EHLO and extensions</source>
        <translation>EHLO e extensões</translation>
    </message>
    <message>
        <source>The server closed the connection right after its greeting.</source>
        <translation>O servidor fechou a ligação logo após a saudação.</translation>
    </message>
    <message>
        <source>The relay probably rejects clients from this address: it must accept OVHcloud&apos;s Exchange servers.</source>
        <translation>O relay provavelmente rejeita clientes provenientes deste endereço: tem de aceitar os servidores Exchange da OVHcloud.</translation>
    </message>
    <message>
        <source>The server closed the connection after STARTTLS instead of answering EHLO.</source>
        <translation>O servidor fechou a ligação após o STARTTLS, em vez de responder ao EHLO.</translation>
    </message>
    <message>
        <source>The server did not answer EHLO within %1 s.</source>
        <translation>O servidor não respondeu ao EHLO em %1 s.</translation>
    </message>
    <message>
        <source>The server refused both EHLO and HELO: %1</source>
        <translation>O servidor recusou tanto o EHLO como o HELO: %1</translation>
    </message>
    <message>
        <source>The server refused EHLO (%1) and accepted HELO: it offers no extensions, so no STARTTLS, AUTH or SIZE.</source>
        <translation>O servidor recusou o EHLO (%1) e aceitou o HELO: não oferece extensões, portanto nem STARTTLS, nem AUTH, nem SIZE.</translation>
    </message>
    <message>
        <source>Enable ESMTP (EHLO) on the relay.</source>
        <translation>Ative o ESMTP (EHLO) no relay.</translation>
    </message>
    <message>
        <source>The server accepted EHLO and lists no extensions.</source>
        <translation>O servidor aceitou o EHLO e não indica nenhuma extensão.</translation>
    </message>
    <message>
        <source>The server accepted EHLO and offers: %1.</source>
        <translation>O servidor aceitou o EHLO e oferece: %1.</translation>
    </message>
    <message>
        <source>Message size</source>
        <translation>Tamanho das mensagens</translation>
    </message>
    <message>
        <source>The server announces no size limit (no SIZE extension).</source>
        <translation>O servidor não anuncia nenhum limite de tamanho (sem extensão SIZE).</translation>
    </message>
    <message>
        <source>The server announces SIZE without a fixed limit.</source>
        <translation>O servidor anuncia SIZE sem um limite fixo.</translation>
    </message>
    <message>
        <source>The server accepts messages up to %1 MB.</source>
        <translation>O servidor aceita mensagens até %1 MB.</translation>
    </message>
    <message>
        <source>SIZE %1 MB is below maxSendSize %2 MB: larger messages would be refused by the relay and bounce.</source>
        <translation>SIZE %1 MB é inferior a maxSendSize %2 MB: as mensagens maiores seriam recusadas pelo relay e devolvidas.</translation>
    </message>
    <message>
        <source>Lower maxSendSize to %1 MB, or raise the relay&apos;s limit to %2 MB.</source>
        <translation>Reduza maxSendSize para %1 MB ou aumente o limite do relay para %2 MB.</translation>
    </message>
    <message>
        <source>SIZE %1 MB is at least maxSendSize %2 MB.</source>
        <translation>SIZE %1 MB é igual ou superior a maxSendSize %2 MB.</translation>
    </message>
</context>
<context>
    <name>ProbeAuthAdvisor</name>
    <message>
        <source>Authentication mechanism</source>
        <translation>Mecanismo de autenticação</translation>
    </message>
    <message>
        <source>The extensions offered over TLS could not be read, so the AUTH offer is unknown.</source>
        <translation>Não foi possível ler as extensões oferecidas via TLS, pelo que a oferta AUTH é desconhecida.</translation>
    </message>
    <message>
        <source>Choose basicAuthRequireTLS as the authentication mechanism, so the password never travels unencrypted.</source>
        <translation>Escolha basicAuthRequireTLS como mecanismo de autenticação, para que a palavra-passe nunca circule sem encriptação.</translation>
    </message>
    <message>
        <source>The server offers no AUTH, but the connector uses %1.</source>
        <translation>O servidor não oferece AUTH, mas o conector utiliza %1.</translation>
    </message>
    <message>
        <source>Choose none as the authentication mechanism; the relay must then accept OVHcloud&apos;s Exchange servers by their IP addresses.</source>
        <translation>Escolha none como mecanismo de autenticação; o relay terá então de aceitar os servidores Exchange da OVHcloud pelos respetivos endereços IP.</translation>
    </message>
    <message>
        <source>The server offers no AUTH: the authentication mechanism must be none.</source>
        <translation>O servidor não oferece AUTH: o mecanismo de autenticação tem de ser none.</translation>
    </message>
    <message>
        <source>Choose none as the authentication mechanism.</source>
        <translation>Escolha none como mecanismo de autenticação.</translation>
    </message>
    <message>
        <source>The server offers AUTH %1 but neither PLAIN nor LOGIN, which basic authentication uses.</source>
        <translation>O servidor oferece AUTH %1, mas nem PLAIN nem LOGIN, que são os utilizados pela autenticação básica.</translation>
    </message>
    <message>
        <source>Enable AUTH PLAIN or LOGIN on the relay.</source>
        <translation>Ative AUTH PLAIN ou LOGIN no relay.</translation>
    </message>
    <message>
        <source>The server offers AUTH %1 only without TLS: the password would travel unencrypted.</source>
        <translation>O servidor oferece AUTH %1 apenas sem TLS: a palavra-passe circularia sem encriptação.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on the relay and offer AUTH over it.</source>
        <translation>Ative o STARTTLS no relay e ofereça AUTH através dele.</translation>
    </message>
    <message>
        <source>The server offers AUTH %1 over TLS.</source>
        <translation>O servidor oferece AUTH %1 via TLS.</translation>
    </message>
    <message>
        <source>The server offers AUTH %1, but the connector sends no credentials.</source>
        <translation>O servidor oferece AUTH %1, mas o conector não envia credenciais.</translation>
    </message>
    <message>
        <source>Unless the relay accepts OVHcloud&apos;s Exchange servers by their IP addresses, choose basicAuthRequireTLS and set the user and password.</source>
        <translation>A menos que o relay aceite os servidores Exchange da OVHcloud pelos respetivos endereços IP, escolha basicAuthRequireTLS e defina o utilizador e a palavra-passe.</translation>
    </message>
    <message>
        <source>The server offers AUTH only after STARTTLS, but basicAuth does not require TLS.</source>
        <translation>O servidor só oferece AUTH após o STARTTLS, mas basicAuth não exige TLS.</translation>
    </message>
    <message>
        <source>The server offers AUTH %1 with and without TLS, and basicAuth would also authenticate without TLS.</source>
        <translation>O servidor oferece AUTH %1 com e sem TLS, e basicAuth também se autenticaria sem TLS.</translation>
    </message>
    <message>
        <source>The server offers AUTH %1 over TLS, as basicAuthRequireTLS needs.</source>
        <translation>O servidor oferece AUTH %1 via TLS, tal como basicAuthRequireTLS exige.</translation>
    </message>
    <message>
        <source>basicAuthRequireTLS needs TLS, but the server offers no STARTTLS.</source>
        <translation>basicAuthRequireTLS requer TLS, mas o servidor não oferece STARTTLS.</translation>
    </message>
    <message>
        <source>The server offers AUTH only on unencrypted connections, not over TLS.</source>
        <translation>O servidor só oferece AUTH em ligações não encriptadas, e não via TLS.</translation>
    </message>
    <message>
        <source>Let the relay offer AUTH after STARTTLS.</source>
        <translation>Configure o relay para oferecer AUTH após o STARTTLS.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Início de sessão</translation>
    </message>
    <message>
        <source>No user and password given, so the login was not tested.</source>
        <translation>Não foram indicados utilizador nem palavra-passe, pelo que o início de sessão não foi testado.</translation>
    </message>
    <message>
        <source>Give the connector&apos;s user and password to test the login.</source>
        <translation>Indique o utilizador e a palavra-passe do conector para testar o início de sessão.</translation>
    </message>
    <message>
        <source>The probe did not send the credentials: the connection is not encrypted.</source>
        <translation>O teste não enviou as credenciais: a ligação não está encriptada.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on the relay: a password must never travel unencrypted.</source>
        <translation>Ative o STARTTLS no relay: uma palavra-passe nunca deve circular sem encriptação.</translation>
    </message>
    <message>
        <source>The probe did not send the credentials: the server&apos;s certificate did not verify.</source>
        <translation>O teste não enviou as credenciais: não foi possível validar o certificado do servidor.</translation>
    </message>
    <message>
        <source>Fix the certificate first (see the certificate checks). For a private certificate authority, give its certificate to the probe.</source>
        <translation>Corrija primeiro o certificado (consulte as verificações do certificado). No caso de uma autoridade de certificação privada, forneça o respetivo certificado ao teste.</translation>
    </message>
    <message>
        <source>The server offers no AUTH, so the credentials were not used.</source>
        <translation>O servidor não oferece AUTH, pelo que as credenciais não foram utilizadas.</translation>
    </message>
    <message>
        <source>The server offers neither AUTH PLAIN nor LOGIN, the only mechanisms the probe tests.</source>
        <translation>O servidor não oferece AUTH PLAIN nem LOGIN, os únicos mecanismos que o teste verifica.</translation>
    </message>
    <message>
        <source>The server accepted the login of %1 with AUTH %2.</source>
        <translation>O servidor aceitou o início de sessão de %1 com AUTH %2.</translation>
    </message>
    <message>
        <source>The connector sends no credentials: choose basicAuthRequireTLS and set this user and password.</source>
        <translation>O conector não envia credenciais: escolha basicAuthRequireTLS e defina este utilizador e esta palavra-passe.</translation>
    </message>
    <message>
        <source>The server rejected the login of %1 with AUTH %2: %3</source>
        <translation>O servidor rejeitou o início de sessão de %1 com AUTH %2: %3</translation>
    </message>
    <message>
        <source>Check the user and password; many relays expect the full e-mail address as the user name.</source>
        <translation>Verifique o utilizador e a palavra-passe; muitos relays esperam o endereço de e-mail completo como nome de utilizador.</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>Usage: smarthost-cli probe HOST [--port P] [--user U --password-stdin] [--tls|--no-tls] [--auth MECH] [--max-size MB] [--json]</source>
        <translation>Utilização: smarthost-cli probe SERVIDOR [--port P] [--user U --password-stdin] [--tls|--no-tls] [--auth MEC] [--max-size MB] [--json]</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>A porta tem de estar entre 1 e 65535.</translation>
    </message>
    <message>
        <source>Unknown authentication &quot;%1&quot;: use none, basicAuth or basicAuthRequireTLS.</source>
        <translation>Autenticação desconhecida &quot;%1&quot;: utilize none, basicAuth ou basicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>--user and --password-stdin go together.</source>
        <translation>--user e --password-stdin têm de ser utilizados em conjunto.</translation>
    </message>
</context>
<context>
    <name>ProbePanel</name>
    <message>
        <source>Test co&amp;nnection</source>
        <extracomment>Button: connects to the smart host and checks it, without sending mail</extracomment>
        <translation>Testar &amp;ligação</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <extracomment>Button: stops a running connection test</extracomment>
        <translation>Cancelar teste</translation>
    </message>
    <message>
        <source>Cop&amp;y report</source>
        <translation>Copiar &amp;relatório</translation>
    </message>
    <message>
        <source>Copy the results and the transcript, with the password masked</source>
        <translation>Copiar os resultados e a transcrição, com a palavra-passe ocultada</translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <extracomment>Part of the test summary, e.g. &quot;3 passed, 1 warning&quot;</extracomment>
        <translation>
            <numerusform>%n aprovada</numerusform>
            <numerusform>%n aprovadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <extracomment>Part of the test summary, e.g. &quot;3 passed, 1 warning&quot;</extracomment>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <extracomment>Part of the test summary, e.g. &quot;3 passed, 2 failed&quot;</extracomment>
        <translation>
            <numerusform>%n com falha</numerusform>
            <numerusform>%n com falha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <extracomment>Part of the test summary, e.g. &quot;1 passed, 1 failed, 9 skipped&quot;</extracomment>
        <translation>
            <numerusform>%n omitida</numerusform>
            <numerusform>%n omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the parts of the test summary: &quot;3 passed, 1 warning&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>No checks</source>
        <extracomment>Summary of a connection test that gave no checks at all</extracomment>
        <translation>Nenhuma verificação</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <extracomment>%1 is what the checks gave before the test was cancelled, e.g. &quot;1 passed, 1 failed&quot;</extracomment>
        <translation>Cancelado: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <extracomment>Status while the connection test prepares</extracomment>
        <translation>A iniciar…</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Shown briefly on the &quot;Copy report&quot; button once the report is on the clipboard</extracomment>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>The settings changed since this test: test again to check them.</source>
        <translation>As definições foram alteradas desde este teste: teste novamente para as verificar.</translation>
    </message>
    <message>
        <source>Connect to the smart host and compare it with these settings; no mail is sent</source>
        <translation>Ligar ao smart host e compará-lo com estas definições; não é enviado nenhum e-mail</translation>
    </message>
    <message>
        <source>Enter a smart host and a port first</source>
        <translation>Introduza primeiro um smart host e uma porta</translation>
    </message>
    <message>
        <source>Checks the port, TLS and authentication; no mail is sent.</source>
        <translation>Verifica a porta, o TLS e a autenticação; não é enviado nenhum e-mail.</translation>
    </message>
</context>
<context>
    <name>ProbeReportText</name>
    <message>
        <source>SMTP probe of %1 port %2</source>
        <translation>Teste SMTP de %1, porta %2</translation>
    </message>
    <message>
        <source>SMTP probe of %1 port %2 (%3)</source>
        <translation>Teste SMTP de %1, porta %2 (%3)</translation>
    </message>
    <message>
        <source>PASS</source>
        <extracomment>Status label in the text report; keep it short (at most 5 characters)</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARN</source>
        <extracomment>Status label in the text report; keep it short (at most 5 characters)</extracomment>
        <translation>AVISO</translation>
    </message>
    <message>
        <source>FAIL</source>
        <extracomment>Status label in the text report; keep it short (at most 5 characters)</extracomment>
        <translation>FALHA</translation>
    </message>
    <message>
        <source>SKIP</source>
        <extracomment>Status label in the text report; keep it short (at most 5 characters)</extracomment>
        <translation>OMIT.</translation>
    </message>
    <message>
        <source>Extensions: %1</source>
        <translation>Extensões: %1</translation>
    </message>
    <message>
        <source>TLS: %1, %2</source>
        <translation>TLS: %1, %2</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2, valid %3 to %4</source>
        <translation>Certificado: %1, emitido por %2, válido de %3 a %4</translation>
    </message>
    <message>
        <source>Result: %1 failed, %2 warnings, %3 passed, %4 skipped.</source>
        <translation>Resultado — com falha: %1, com aviso: %2, aprovadas: %3, omitidas: %4.</translation>
    </message>
    <message>
        <source>Transcript:</source>
        <translation>Transcrição:</translation>
    </message>
</context>
<context>
    <name>ProbeResultView</name>
    <message>
        <source>TLS session and certificate</source>
        <translation>Sessão TLS e certificado</translation>
    </message>
    <message>
        <source>Show transcript</source>
        <translation>Mostrar transcrição</translation>
    </message>
    <message>
        <source>The SMTP conversation line by line, with the password masked</source>
        <translation>A conversa SMTP linha a linha, com a palavra-passe ocultada</translation>
    </message>
    <message>
        <source>Hide transcript</source>
        <translation>Ocultar transcrição</translation>
    </message>
    <message>
        <source>Passed</source>
        <extracomment>Status of one connection check</extracomment>
        <translation>Aprovada</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Status of one connection check: it passed with advice</extracomment>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Status of one connection check</extracomment>
        <translation>Falhada</translation>
    </message>
    <message>
        <source>Skipped</source>
        <extracomment>Status of one connection check: it could not run</extracomment>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation>TLS implícito</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>TLS protocol and how it started, e.g. &quot;TLS 1.3 (STARTTLS)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocolo:</translation>
    </message>
    <message>
        <source>Cipher:</source>
        <translation>Cifra:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Requerente:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Emissor:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Nomes:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Válido desde:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Válido até:</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>Nome de anfitrião:</translation>
    </message>
    <message>
        <source>The certificate is valid for %1</source>
        <translation>O certificado é válido para %1</translation>
    </message>
    <message>
        <source>The certificate is not valid for %1</source>
        <translation>O certificado não é válido para %1</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Fidedigno</translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation>Verificação:</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds, e.g. &quot;120 ms&quot;</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds, e.g. &quot;2.5 s&quot;</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 port %2, tested at %3 in %4</source>
        <extracomment>%1 host, %2 port, %3 time of day, %4 duration (&quot;120 ms&quot;, &quot;2.5 s&quot;)</extracomment>
        <translation>%1, porta %2, testado às %3 em %4</translation>
    </message>
    <message>
        <source>%1 port %2 (%3), tested at %4 in %5</source>
        <extracomment>%1 host, %2 port, %3 IP address, %4 time of day, %5 duration (&quot;120 ms&quot;, &quot;2.5 s&quot;)</extracomment>
        <translation>%1, porta %2 (%3), testado às %4 em %5</translation>
    </message>
</context>
<context>
    <name>ProbeTlsAdvisor</name>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Implicit TLS: the connection is encrypted from the first byte, without STARTTLS.</source>
        <translation>TLS implícito: a ligação é encriptada desde o primeiro byte, sem STARTTLS.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on the relay, or use the port where it offers it (usually 587).</source>
        <translation>Ative o STARTTLS no relay ou utilize a porta em que este o oferece (normalmente a 587).</translation>
    </message>
    <message>
        <source>requireTLS is on but the server offers no STARTTLS on port %1.</source>
        <translation>requireTLS está ativado, mas o servidor não oferece STARTTLS na porta %1.</translation>
    </message>
    <message>
        <source>Turning requireTLS off instead would send mail unencrypted.</source>
        <translation>Desativar requireTLS, em alternativa, faria com que o correio fosse enviado sem encriptação.</translation>
    </message>
    <message>
        <source>The server offers no STARTTLS on port %1: mail would travel unencrypted.</source>
        <translation>O servidor não oferece STARTTLS na porta %1: o correio circularia sem encriptação.</translation>
    </message>
    <message>
        <source>The server offers STARTTLS but refused it: %1</source>
        <translation>O servidor oferece STARTTLS, mas recusou-o: %1</translation>
    </message>
    <message>
        <source>Check the relay&apos;s TLS configuration (certificate and key).</source>
        <translation>Verifique a configuração TLS do relay (certificado e chave).</translation>
    </message>
    <message>
        <source>The server offers STARTTLS on port %1 and accepted it.</source>
        <translation>O servidor oferece STARTTLS na porta %1 e aceitou-o.</translation>
    </message>
    <message>
        <source>Turn requireTLS on, so mail never falls back to an unencrypted connection.</source>
        <translation>Ative requireTLS, para que o correio nunca recorra a uma ligação não encriptada.</translation>
    </message>
    <message>
        <source>TLS session</source>
        <translation>Sessão TLS</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 s.</source>
        <translation>A negociação TLS não terminou em %1 s.</translation>
    </message>
    <message>
        <source>The server may not speak implicit TLS on port %1; probe it with STARTTLS instead.</source>
        <translation>O servidor talvez não suporte TLS implícito na porta %1; teste-o antes com STARTTLS.</translation>
    </message>
    <message>
        <source>Check the relay&apos;s TLS configuration.</source>
        <translation>Verifique a configuração TLS do relay.</translation>
    </message>
    <message>
        <source>The relay must support TLS 1.2 or later, with a certificate and a matching key.</source>
        <translation>O relay tem de suportar TLS 1.2 ou posterior, com um certificado e a chave correspondente.</translation>
    </message>
    <message>
        <source>No TLS session was negotiated.</source>
        <translation>Não foi negociada nenhuma sessão TLS.</translation>
    </message>
    <message>
        <source>%1 with cipher %2.</source>
        <translation>%1 com a cifra %2.</translation>
    </message>
    <message>
        <source>Certificate trust</source>
        <translation>Confiança do certificado</translation>
    </message>
    <message>
        <source>No certificate to check: no TLS session.</source>
        <translation>Nenhum certificado a verificar: não há sessão TLS.</translation>
    </message>
    <message>
        <source>The certificate %1, issued by %2, chains to a trusted authority.</source>
        <translation>O certificado %1, emitido por %2, está encadeado a uma autoridade de confiança.</translation>
    </message>
    <message>
        <source>The certificate %1, issued by %2, does not verify: %3</source>
        <translation>Não foi possível validar o certificado %1, emitido por %2: %3</translation>
    </message>
    <message>
        <source>Install a certificate from a public certificate authority on the relay, with its intermediate certificates. The probe sends no credentials over a connection whose certificate does not verify.</source>
        <translation>Instale no relay um certificado de uma autoridade de certificação pública, com os respetivos certificados intermédios. O teste não envia credenciais através de uma ligação cujo certificado não é validado.</translation>
    </message>
    <message>
        <source>Certificate host name</source>
        <translation>Nome de anfitrião do certificado</translation>
    </message>
    <message>
        <source>The certificate is valid for %1.</source>
        <translation>O certificado é válido para %1.</translation>
    </message>
    <message>
        <source>The certificate is not valid for %1; it names %2.</source>
        <translation>O certificado não é válido para %1; indica %2.</translation>
    </message>
    <message>
        <source>Use a smart host name the certificate covers, or install a certificate that includes %1.</source>
        <translation>Utilize um nome de smart host abrangido pelo certificado ou instale um certificado que inclua %1.</translation>
    </message>
    <message>
        <source>Certificate validity</source>
        <translation>Validade do certificado</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>O certificado expirou em %1.</translation>
    </message>
    <message>
        <source>Renew the relay&apos;s certificate.</source>
        <translation>Renove o certificado do relay.</translation>
    </message>
    <message>
        <source>The certificate is only valid from %1.</source>
        <translation>O certificado só é válido a partir de %1.</translation>
    </message>
    <message>
        <source>Check the relay&apos;s certificate and the clocks.</source>
        <translation>Verifique o certificado do relay e os relógios.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires on %1, in %n day(s).</source>
        <translation>
            <numerusform>O certificado expira em %1, dentro de %n dia.</numerusform>
            <numerusform>O certificado expira em %1, dentro de %n dias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renew the relay&apos;s certificate soon.</source>
        <translation>Renove o certificado do relay em breve.</translation>
    </message>
    <message>
        <source>The certificate is valid from %1 to %2.</source>
        <translation>O certificado é válido de %1 a %2.</translation>
    </message>
</context>
<context>
    <name>ProfileMenu</name>
    <message>
        <source>Switch &amp;Profile</source>
        <translation>Mudar de &amp;perfil</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Novo perfil…</translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation>&amp;Terminar sessão…</translation>
    </message>
    <message>
        <source>Sign in with other keys and save them as a new profile</source>
        <translation>Iniciar sessão com outras chaves e guardá-las como um novo perfil</translation>
    </message>
    <message>
        <source>Delete this profile&apos;s secrets from the keychain</source>
        <translation>Eliminar os segredos deste perfil do porta-chaves</translation>
    </message>
    <message>
        <source>No saved profile</source>
        <translation>Nenhum perfil guardado</translation>
    </message>
    <message>
        <source>Sign &amp;Out of “%1”…</source>
        <translation>&amp;Terminar sessão de “%1”…</translation>
    </message>
    <message>
        <source>There is no saved profile named “%1”.</source>
        <translation>Não existe nenhum perfil guardado com o nome “%1”.</translation>
    </message>
    <message>
        <source>The secrets of profile “%1” could not be read from the %2: %3</source>
        <translation>Não foi possível ler os segredos do perfil “%1” (%2): %3</translation>
    </message>
    <message>
        <source>Profile “%1” is incomplete: sign in again to save its keys.</source>
        <translation>O perfil “%1” está incompleto: inicie sessão novamente para guardar as respetivas chaves.</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Terminar sessão</translation>
    </message>
    <message>
        <source>Sign out of “%1”?</source>
        <translation>Terminar a sessão de “%1”?</translation>
    </message>
    <message>
        <source>Its secrets are deleted from the %1, and its settings with them. To use it again you need its keys, or a new consumer key.</source>
        <translation>Os segredos deste perfil serão eliminados (%1), bem como as suas definições. Para voltar a utilizá-lo, precisará das respetivas chaves ou de uma nova chave de consumidor.</translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation>&amp;Terminar sessão</translation>
    </message>
    <message>
        <source>The secrets of profile “%1” could not be deleted from the %2: %3. The profile was kept.</source>
        <translation>Não foi possível eliminar os segredos do perfil “%1” (%2): %3. O perfil foi mantido.</translation>
    </message>
</context>
<context>
    <name>RelayMatcher</name>
    <message>
        <source>the relay host itself</source>
        <translation>o próprio servidor do relay</translation>
    </message>
    <message>
        <source>the relay&apos;s IP address</source>
        <translation>o endereço IP do relay</translation>
    </message>
    <message>
        <source>a host of the relay&apos;s domain %1</source>
        <extracomment>%1 is a domain name such as example.com</extracomment>
        <translation>um servidor do domínio %1 do relay</translation>
    </message>
</context>
<context>
    <name>RouteAnalyzer</name>
    <message>
        <source>%1 recorded that it received the message from %2 (%3).</source>
        <extracomment>%1 receiving server, %2 sending host, %3 how it relates to the relay</extracomment>
        <translation>%1 registou que recebeu a mensagem de %2 (%3).</translation>
    </message>
    <message>
        <source>This hop was written by %1 (%2).</source>
        <extracomment>%1 host name, %2 how it relates to the relay</extracomment>
        <translation>Este salto foi escrito por %1 (%2).</translation>
    </message>
    <message>
        <source>The message carries a DKIM signature of %1 (%2).</source>
        <translation>A mensagem contém uma assinatura DKIM de %1 (%2).</translation>
    </message>
    <message>
        <source>The bounce address (Return-Path) %1 belongs to %2.</source>
        <translation>O endereço de devolução (Return-Path) %1 pertence a %2.</translation>
    </message>
    <message>
        <source>Received-SPF checked the address %1, the relay&apos;s address.</source>
        <translation>O Received-SPF verificou o endereço %1, que é o endereço do relay.</translation>
    </message>
    <message>
        <source>%1 received the message directly from %2, an outgoing server of the mail platform, not from the relay.</source>
        <extracomment>%1 receiving server, %2 the platform&apos;s outgoing server</extracomment>
        <translation>%1 recebeu a mensagem diretamente de %2, um servidor de envio da plataforma de correio, e não do relay.</translation>
    </message>
    <message>
        <source>The message went through the mail platform&apos;s servers (%1) and no hop shows the relay.</source>
        <translation>A mensagem passou pelos servidores da plataforma de correio (%1) e nenhum salto mostra o relay.</translation>
    </message>
    <message>
        <source>The header x-mclm-sbr-processed: true shows that the platform&apos;s sender-based routing handled the message (it does not say through which send connector).</source>
        <translation>O cabeçalho x-mclm-sbr-processed: true mostra que a mensagem foi tratada pelo encaminhamento baseado no remetente da plataforma (não indica através de que conector de envio).</translation>
    </message>
</context>
<context>
    <name>RouteVerdictNames</name>
    <message>
        <source>strong</source>
        <extracomment>Strength of a piece of evidence that a message went through a relay</extracomment>
        <translation>forte</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>média</translation>
    </message>
    <message>
        <source>supporting</source>
        <translation>de apoio</translation>
    </message>
    <message>
        <source>against</source>
        <translation>contra</translation>
    </message>
    <message>
        <source>No send connector given: the route was not checked.</source>
        <translation>Nenhum conector de envio indicado: a rota não foi verificada.</translation>
    </message>
    <message>
        <source>The message went through the send connector&apos;s relay.</source>
        <translation>A mensagem passou pelo relay do conector de envio.</translation>
    </message>
    <message>
        <source>The message probably went through the relay, but no hop written by the next server proves it.</source>
        <translation>A mensagem provavelmente passou pelo relay, mas nenhum salto escrito pelo servidor seguinte o comprova.</translation>
    </message>
    <message>
        <source>The headers contradict each other: some show the relay, others show the platform&apos;s own outgoing servers.</source>
        <translation>Os cabeçalhos contradizem-se: alguns mostram o relay, outros mostram os próprios servidores de envio da plataforma.</translation>
    </message>
    <message>
        <source>The message did not go through the send connector&apos;s relay.</source>
        <translation>A mensagem não passou pelo relay do conector de envio.</translation>
    </message>
</context>
<context>
    <name>ScreenshotTaker</name>
    <message numerus="yes">
        <source>The first load did not finish within %n second(s).</source>
        <translation>
            <numerusform>O primeiro carregamento não terminou em %n segundo.</numerusform>
            <numerusform>O primeiro carregamento não terminou em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation>O carregamento falhou: %1</translation>
    </message>
    <message>
        <source>There is no send connector to show in a dialog.</source>
        <translation>Não existe nenhum conector de envio para mostrar numa caixa de diálogo.</translation>
    </message>
    <message>
        <source>The dialog closed before it could be grabbed.</source>
        <translation>A caixa de diálogo fechou-se antes de poder ser capturada.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Não foi possível escrever %1.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2×%3).</source>
        <translation>Captura guardada em %1 (%2×%3).</translation>
    </message>
    <message>
        <source>Screenshot failed: %1</source>
        <translation>A captura de ecrã falhou: %1</translation>
    </message>
    <message>
        <source>The main window has no header viewer.</source>
        <translation>A janela principal não tem visualizador de cabeçalhos.</translation>
    </message>
</context>
<context>
    <name>SendConnector</name>
    <message>
        <source>unknown mechanism %1</source>
        <translation>mecanismo desconhecido %1</translation>
    </message>
    <message>
        <source>unknown state %1</source>
        <translation>estado desconhecido %1</translation>
    </message>
</context>
<context>
    <name>ServiceStore</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is what could not be read (a connector id, an email address or a domain name), %2 OVHcloud&apos;s message.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ServiceTreeFormatter</name>
    <message>
        <source>Send connectors</source>
        <translation>Conectores de envio</translation>
    </message>
    <message numerus="yes">
        <source>%n connector(s)</source>
        <translation>
            <numerusform>%n conector</numerusform>
            <numerusform>%n conectores</numerusform>
        </translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domínios</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domínio</numerusform>
            <numerusform>%n domínios</numerusform>
        </translation>
    </message>
    <message>
        <source>New accounts: %1</source>
        <extracomment>%1 is the connector new accounts of the domain get, or the platform&apos;s server.</extracomment>
        <translation>Novas contas: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>A carregar…</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <extracomment>A row of the tree when reading from OVHcloud failed; %1 is OVHcloud&apos;s message.</extracomment>
        <translation>Não foi possível carregar: %1</translation>
    </message>
    <message>
        <source>Offer: %1</source>
        <extracomment>%1 is the offer, e.g. &quot;Private Exchange (dedicated)&quot;.</extracomment>
        <translation>Oferta: %1</translation>
    </message>
    <message>
        <source>TLS required</source>
        <translation>TLS obrigatório</translation>
    </message>
    <message>
        <source>TLS not required</source>
        <translation>TLS não obrigatório</translation>
    </message>
    <message>
        <source>Authentication: %1</source>
        <translation>Autenticação: %1</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n account(s)</source>
        <translation>
            <numerusform>Utilizado por %n conta</numerusform>
            <numerusform>Utilizado por %n contas</numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1 is pending</source>
        <translation>Tarefa %1 pendente</translation>
    </message>
    <message>
        <source>Accounts without a send connector send through the Exchange platform&apos;s own outgoing server.</source>
        <translation>As contas sem conector de envio enviam através do servidor de envio da própria plataforma Exchange.</translation>
    </message>
    <message>
        <source>%1

Retry from the context menu or with a double-click.</source>
        <translation>%1

Tente novamente a partir do menu de contexto ou com um duplo clique.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>Tree column: the relay (host:port) of a connector, the offer of a service…</extracomment>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>TLS</source>
        <extracomment>Narrow tree column header: whether the connector requires TLS.</extracomment>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Auth</source>
        <extracomment>Narrow tree column header: whether the connector logs in to the relay.</extracomment>
        <translation>Aut.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Accounts</source>
        <extracomment>Tree column header: number of accounts attached.</extracomment>
        <translation>Contas</translation>
    </message>
    <message>
        <source>Whether the connector requires TLS to reach its relay</source>
        <translation>Se o conector exige TLS para chegar ao seu relay</translation>
    </message>
    <message>
        <source>How the connector authenticates to its relay</source>
        <translation>Como o conector se autentica no seu relay</translation>
    </message>
    <message>
        <source>Accounts that send through the connector</source>
        <translation>Contas que enviam através do conector</translation>
    </message>
    <message>
        <source>changing connector…</source>
        <extracomment>Shown for an account whose attach or detach is on its way.</extracomment>
        <translation>a mudar de conector…</translation>
    </message>
    <message>
        <source>Changing its send connector…</source>
        <extracomment>Tooltip of an account whose attach or detach is on its way.</extracomment>
        <translation>A mudar de conector de envio…</translation>
    </message>
    <message>
        <source>The connector new accounts of this domain get. Existing accounts are not changed. Drop a connector here to change it.</source>
        <translation>O conector atribuído às novas contas deste domínio. As contas existentes não são alteradas. Largue aqui um conector para o alterar.</translation>
    </message>
</context>
<context>
    <name>ServiceTreeModel</name>
    <message>
        <source>Changes are not possible here.</source>
        <translation>Não é possível fazer alterações aqui.</translation>
    </message>
    <message>
        <source>Only accounts and send connectors can be dropped here.</source>
        <translation>Só é possível largar aqui contas e conectores de envio.</translation>
    </message>
    <message>
        <source>This was dragged from another version of Smarthost: drag it again from this window.</source>
        <translation>Este elemento foi arrastado de outra versão do Smarthost: arraste-o novamente a partir desta janela.</translation>
    </message>
    <message>
        <source>Drop accounts onto a send connector, or onto “Platform outgoing server” to detach them.</source>
        <translation>Largue as contas sobre um conector de envio, ou sobre “Servidor de envio da plataforma” para as desassociar.</translation>
    </message>
    <message>
        <source>These accounts belong to %1: they can only use that service&apos;s connectors.</source>
        <extracomment>%1 is the service the dragged accounts belong to.</extracomment>
        <translation>Estas contas pertencem a %1: só podem utilizar os conectores desse serviço.</translation>
    </message>
    <message>
        <source>Drop a connector onto a domain to make it the default for the domain&apos;s new accounts.</source>
        <translation>Largue um conector sobre um domínio para o tornar o conector predefinido das novas contas desse domínio.</translation>
    </message>
    <message>
        <source>This connector belongs to %1: only that service&apos;s domains can use it.</source>
        <translation>Este conector pertence a %1: só os domínios desse serviço o podem utilizar.</translation>
    </message>
</context>
<context>
    <name>ServiceTreeView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>&amp;Copy Message</source>
        <translation>&amp;Copiar mensagem</translation>
    </message>
</context>
<context>
    <name>ServicesCommand</name>
    <message>
        <source>send connectors not supported</source>
        <translation>conectores de envio não suportados</translation>
    </message>
    <message>
        <source>ORGANIZATION</source>
        <translation>ORGANIZAÇÃO</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVIÇO</translation>
    </message>
    <message>
        <source>OFFER</source>
        <translation>OFERTA</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTA</translation>
    </message>
</context>
<context>
    <name>SignInAttempt</name>
    <message>
        <source>Testing the keys with OVHcloud…</source>
        <translation>A testar as chaves junto da OVHcloud…</translation>
    </message>
    <message>
        <source>Asking OVHcloud for a consumer key…</source>
        <translation>A pedir uma chave de consumidor à OVHcloud…</translation>
    </message>
    <message>
        <source>Waiting for your approval. Log in to OVHcloud on the page that opened in your browser and allow the access; Smarthost goes on by itself as soon as the key is approved.</source>
        <translation>A aguardar a sua aprovação. Inicie sessão na OVHcloud na página que foi aberta no seu navegador e autorize o acesso; o Smarthost prossegue automaticamente assim que a chave for aprovada.</translation>
    </message>
    <message>
        <source>The key is approved. Testing it…</source>
        <translation>A chave foi aprovada. A testá-la…</translation>
    </message>
    <message>
        <source>Saving the profile; its secrets go to the %1…</source>
        <translation>A guardar o perfil; os respetivos segredos ficam em: %1…</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Detalhes: %1</translation>
    </message>
    <message>
        <source>The keys work, but no system keychain is available to keep their secrets, and Smarthost never writes them to a file.</source>
        <translation>As chaves funcionam, mas não existe nenhum porta-chaves do sistema disponível para guardar os respetivos segredos, e o Smarthost nunca os escreve num ficheiro.</translation>
    </message>
    <message>
        <source>You can keep them in memory for this session only: Smarthost works until you quit, and you sign in again next time.</source>
        <translation>Pode mantê-los em memória apenas nesta sessão: o Smarthost funciona até sair da aplicação e terá de iniciar sessão novamente da próxima vez.</translation>
    </message>
    <message>
        <source>The keys work, but the %1 did not save their secrets.</source>
        <translation>As chaves funcionam, mas não foi possível guardar os respetivos segredos (%1).</translation>
    </message>
    <message>
        <source>Go back to try again, or keep the secrets in memory for this session only.</source>
        <translation>Volte atrás para tentar novamente ou mantenha os segredos em memória apenas nesta sessão.</translation>
    </message>
    <message>
        <source>Keeping the secrets in memory for this session…</source>
        <translation>A manter os segredos em memória nesta sessão…</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>porta-chaves</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In to OVHcloud</source>
        <translation>Iniciar sessão na OVHcloud</translation>
    </message>
    <message>
        <source>Smarthost works with the OVHcloud API through keys of your own. It tests them before saving anything, and keeps the secrets in the system keychain, never in a file.</source>
        <translation>O Smarthost trabalha com a API da OVHcloud através das suas próprias chaves. Testa-as antes de guardar o que quer que seja e mantém os segredos no porta-chaves do sistema, nunca num ficheiro.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>A name for these keys, e.g. one profile per customer</source>
        <translation>Um nome para estas chaves, p. ex. um perfil por cliente</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Região:</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>Avança&amp;do</translation>
    </message>
    <message>
        <source>Use another API address instead of a region</source>
        <translation>Utilizar outro endereço de API em vez de uma região</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL da API:</translation>
    </message>
    <message>
        <source>https://eu.api.ovh.com/1.0</source>
        <translation>https://eu.api.ovh.com/1.0</translation>
    </message>
    <message>
        <source>How to Sign In</source>
        <translation>Como iniciar sessão</translation>
    </message>
    <message>
        <source>I &amp;have keys</source>
        <translation>Já &amp;tenho chaves</translation>
    </message>
    <message>
        <source>&amp;Create a key for me</source>
        <translation>&amp;Criar uma chave para mim</translation>
    </message>
    <message>
        <source>Service &amp;account (OAuth2)</source>
        <translation>Conta de ser&amp;viço (OAuth2)</translation>
    </message>
    <message>
        <source>&amp;Import ovh.conf</source>
        <translation>I&amp;mportar ovh.conf</translation>
    </message>
    <message>
        <source>Enter the three keys of an application you created on OVHcloud&apos;s createApp page, with a consumer key allowed to use /email/exchange.</source>
        <translation>Introduza as três chaves de uma aplicação que criou na página createApp da OVHcloud, com uma chave de consumidor autorizada a utilizar /email/exchange.</translation>
    </message>
    <message>
        <source>Application &amp;key:</source>
        <translation>C&amp;have de aplicação:</translation>
    </message>
    <message>
        <source>Application s&amp;ecret:</source>
        <translation>S&amp;egredo de aplicação:</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <comment>Show the secret in clear</comment>
        <translation>M&amp;ostrar</translation>
    </message>
    <message>
        <source>Show the application secret</source>
        <translation>Mostrar o segredo de aplicação</translation>
    </message>
    <message>
        <source>Co&amp;nsumer key:</source>
        <translation>Chave de co&amp;nsumidor:</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <comment>Show the consumer key in clear</comment>
        <translation>Mostr&amp;ar</translation>
    </message>
    <message>
        <source>Show the consumer key</source>
        <translation>Mostrar a chave de consumidor</translation>
    </message>
    <message>
        <source>Create an application on OVHcloud (any name and description will do), then enter its key and secret here. Smarthost asks OVHcloud for a consumer key and opens a page where you approve it.</source>
        <translation>Crie uma aplicação na OVHcloud (qualquer nome e descrição servem) e, em seguida, introduza aqui a respetiva chave e o respetivo segredo. O Smarthost pede uma chave de consumidor à OVHcloud e abre uma página onde a poderá aprovar.</translation>
    </message>
    <message>
        <source>Create an Application on OVHc&amp;loud…</source>
        <translation>Criar uma aplicação na OVHc&amp;loud…</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <comment>Show the secret in clear</comment>
        <translation>Mostr&amp;ar</translation>
    </message>
    <message>
        <source>The consumer key may only use GET, POST, PUT and DELETE on /email/exchange/*, and nothing else in your account.</source>
        <translation>A chave de consumidor só poderá utilizar GET, POST, PUT e DELETE em /email/exchange/*, e nada mais na sua conta.</translation>
    </message>
    <message>
        <source>A service account of your OVHcloud account, with an IAM policy that allows the Exchange actions. Smarthost gets a token from the region&apos;s OAuth2 server and renews it before it expires.</source>
        <translation>Uma conta de serviço da sua conta OVHcloud, com uma política IAM que autorize as ações Exchange. O Smarthost obtém um token do servidor OAuth2 da região e renova-o antes de expirar.</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;egredo de cliente:</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Mostrar o segredo de cliente</translation>
    </message>
    <message>
        <source>&amp;Default places: OVH_* variables, ./ovh.conf, ~/.ovh.conf, /etc/ovh.conf</source>
        <translation>Locais predefi&amp;nidos: variáveis OVH_*, ./ovh.conf, ~/.ovh.conf, /etc/ovh.conf</translation>
    </message>
    <message>
        <source>&amp;This file:</source>
        <translation>Este &amp;ficheiro:</translation>
    </message>
    <message>
        <source>/path/to/ovh.conf</source>
        <translation>/caminho/para/ovh.conf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pr&amp;ocurar…</translation>
    </message>
    <message>
        <source>Found in:</source>
        <translation>Encontrado em:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpoint:</translation>
    </message>
    <message>
        <source>Application key:</source>
        <translation>Chave de aplicação:</translation>
    </message>
    <message>
        <source>Application secret:</source>
        <translation>Segredo de aplicação:</translation>
    </message>
    <message>
        <source>Consumer key:</source>
        <translation>Chave de consumidor:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID de cliente:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Segredo de cliente:</translation>
    </message>
    <message>
        <source>No page? Open this address:</source>
        <translation>A página não abriu? Abra este endereço:</translation>
    </message>
    <message>
        <source>Open the Page A&amp;gain</source>
        <translation>Abrir a pá&amp;gina novamente</translation>
    </message>
    <message>
        <source>Stop &amp;Waiting</source>
        <translation>&amp;Deixar de aguardar</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>Keep in &amp;Memory for This Session</source>
        <translation>Manter na &amp;memória nesta sessão</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>Iniciar &amp;sessão</translation>
    </message>
    <message>
        <source>Smarthost could not open a web browser. Open this address yourself: %1</source>
        <translation>O Smarthost não conseguiu abrir um navegador web. Abra este endereço manualmente: %1</translation>
    </message>
    <message>
        <source>Stopped waiting: the consumer key was not approved, and nothing was saved.</source>
        <translation>Espera interrompida: a chave de consumidor não foi aprovada e nada foi guardado.</translation>
    </message>
    <message>
        <source>Click Sign In again to save the profile.</source>
        <translation>Clique novamente em Iniciar sessão para guardar o perfil.</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>OVHcloud Europe</source>
        <extracomment>Region of the OVHcloud API (eu.api.ovh.com).</extracomment>
        <translation>OVHcloud Europa</translation>
    </message>
    <message>
        <source>OVHcloud Canada</source>
        <extracomment>Region of the OVHcloud API (ca.api.ovh.com).</extracomment>
        <translation>OVHcloud Canadá</translation>
    </message>
    <message>
        <source>OVHcloud United States</source>
        <extracomment>Region of the OVHcloud API (api.us.ovhcloud.com).</extracomment>
        <translation>OVHcloud Estados Unidos</translation>
    </message>
    <message>
        <source>A profile named “%1” exists: signing in replaces its keys.</source>
        <translation>Já existe um perfil com o nome “%1”: ao iniciar sessão, as respetivas chaves serão substituídas.</translation>
    </message>
    <message>
        <source>Save one profile per customer, say, and switch between them from the File menu.</source>
        <translation>Pode, por exemplo, guardar um perfil por cliente e alternar entre eles a partir do menu Ficheiro.</translation>
    </message>
    <message>
        <source>Enter the address of the API, e.g. https://eu.api.ovh.com/1.0.</source>
        <translation>Introduza o endereço da API, p. ex. https://eu.api.ovh.com/1.0.</translation>
    </message>
    <message>
        <source>Enter the application key, the application secret and the consumer key.</source>
        <translation>Introduza a chave de aplicação, o segredo de aplicação e a chave de consumidor.</translation>
    </message>
    <message>
        <source>Enter the key and the secret of your application.</source>
        <translation>Introduza a chave e o segredo da sua aplicação.</translation>
    </message>
    <message>
        <source>Enter the client ID and the client secret of the service account.</source>
        <translation>Introduza o ID de cliente e o segredo de cliente da conta de serviço.</translation>
    </message>
    <message>
        <source>The configuration has no complete set of keys.</source>
        <translation>A configuração não contém um conjunto completo de chaves.</translation>
    </message>
    <message>
        <source>Keys never contain spaces: check what was pasted.</source>
        <translation>As chaves nunca contêm espaços: verifique o que foi colado.</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Introduza um nome para o perfil.</translation>
    </message>
    <message numerus="yes">
        <source>The profile name is too long: %n character(s) at most.</source>
        <translation>
            <numerusform>O nome do perfil é demasiado longo: no máximo %n carácter.</numerusform>
            <numerusform>O nome do perfil é demasiado longo: no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile name cannot contain control characters.</source>
        <translation>O nome do perfil não pode conter caracteres de controlo.</translation>
    </message>
</context>
<context>
    <name>SimCommandLine</name>
    <message>
        <source>Simulates the OVHcloud API v1 (Exchange send connectors) on 127.0.0.1 for demos and tests. Runs until interrupted.</source>
        <translation>Simula a API v1 da OVHcloud (conectores de envio Exchange) em 127.0.0.1 para demonstrações e testes. Funciona até ser interrompido.</translation>
    </message>
    <message>
        <source>Port to listen on (default: chosen by the system).</source>
        <translation>Porta de escuta (predefinição: escolhida pelo sistema).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>porta</translation>
    </message>
    <message>
        <source>Adds N generated accounts user0001@mydomain.ovh….</source>
        <translation>Adiciona N contas geradas user0001@mydomain.ovh….</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Adds a Hosted Exchange organization (hosted-zz222222-1).</source>
        <translation>Adiciona uma organização Hosted Exchange (hosted-zz222222-1).</translation>
    </message>
    <message>
        <source>Delays every answer by this many milliseconds.</source>
        <translation>Atrasa cada resposta este número de milissegundos.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Duration of each task step (todo, doing) in milliseconds.</source>
        <translation>Duração de cada passo de uma tarefa (todo, doing), em milissegundos.</translation>
    </message>
    <message>
        <source>Ignores the X-Pagination-Mode header (plain id lists only).</source>
        <translation>Ignora o cabeçalho X-Pagination-Mode (apenas listas simples de IDs).</translation>
    </message>
    <message>
        <source>Ignores the X-Ovh-Batch header (comma-joined ids are one id).</source>
        <translation>Ignora o cabeçalho X-Ovh-Batch (IDs separados por vírgulas contam como um só ID).</translation>
    </message>
    <message>
        <source>Server clock minus local clock, in seconds.</source>
        <translation>Relógio do servidor menos relógio local, em segundos.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>espec</translation>
    </message>
    <message>
        <source>Seed of every pseudo-random choice.</source>
        <translation>Semente de todas as escolhas pseudoaleatórias.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>Prints one line per answered request on standard error.</source>
        <translation>Imprime uma linha por cada pedido respondido na saída de erro padrão.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation>--port requer um número de 0 a 65535.</translation>
    </message>
    <message>
        <source>--accounts needs a number from 0 to 100000.</source>
        <translation>--accounts requer um número de 0 a 100000.</translation>
    </message>
    <message>
        <source>--latency-ms and --task-ms need a number of milliseconds.</source>
        <translation>--latency-ms e --task-ms requerem um número de milissegundos.</translation>
    </message>
    <message>
        <source>--clock-offset needs a number of seconds.</source>
        <translation>--clock-offset requer um número de segundos.</translation>
    </message>
    <message>
        <source>--seed needs a number from 0 to 4294967295.</source>
        <translation>--seed requer um número de 0 a 4294967295.</translation>
    </message>
    <message>
        <source># ovh.conf (signed requests)</source>
        <translation># ovh.conf (pedidos assinados)</translation>
    </message>
    <message>
        <source># or as environment variables</source>
        <translation># ou como variáveis de ambiente</translation>
    </message>
    <message>
        <source># OAuth2 service account (instead of the keys above), token URL %1</source>
        <translation># Conta de serviço OAuth2 (em vez das chaves acima), URL do token %1</translation>
    </message>
    <message>
        <source># Press Ctrl+C to stop.</source>
        <translation># Prima Ctrl+C para parar.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1: %2</source>
        <translation>Não é possível escutar em 127.0.0.1, porta %1: %2</translation>
    </message>
    <message>
        <source>Injects a fault: METHOD:REGEX:KIND[:RATE[:COUNT]], e.g. &quot;*:/sendConnector:503:0.5&quot;; COUNT: at most that many times. Kinds: %1. Repeatable.</source>
        <translation>Injeta uma falha: METHOD:REGEX:KIND[:RATE[:COUNT]], p. ex. &quot;*:/sendConnector:503:0.5&quot;; COUNT: no máximo esse número de vezes. Tipos: %1. Repetível.</translation>
    </message>
</context>
<context>
    <name>SmtpConnection</name>
    <message>
        <source>Ignored data sent before the TLS handshake.</source>
        <translation>Dados enviados antes da negociação TLS ignorados.</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>Problema de certificado: %1</translation>
    </message>
    <message>
        <source>TLS established: %1, %2, certificate %3</source>
        <translation>TLS estabelecido: %1, %2, certificado %3</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NÃO verificado</translation>
    </message>
    <message>
        <source>Ignored a reply sent before the TLS handshake.</source>
        <translation>Resposta enviada antes da negociação TLS ignorada.</translation>
    </message>
</context>
<context>
    <name>SmtpProbe</name>
    <message>
        <source>No smart host or port to probe.</source>
        <translation>Nenhum smart host ou porta a testar.</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2…</source>
        <translation>A ligar a %1, porta %2…</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 with implicit TLS</source>
        <translation>A ligar a %1, porta %2, com TLS implícito</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2</source>
        <translation>A ligar a %1, porta %2</translation>
    </message>
    <message>
        <source>TLS is not available on this system.</source>
        <translation>O TLS não está disponível neste sistema.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Ligado a %1</translation>
    </message>
    <message>
        <source>Negotiating TLS…</source>
        <translation>A negociar o TLS…</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s greeting…</source>
        <translation>A aguardar a saudação do servidor…</translation>
    </message>
    <message>
        <source>Sending EHLO…</source>
        <translation>A enviar EHLO…</translation>
    </message>
    <message>
        <source>Sending HELO…</source>
        <translation>A enviar HELO…</translation>
    </message>
    <message>
        <source>Starting TLS…</source>
        <translation>A iniciar o TLS…</translation>
    </message>
    <message>
        <source>Credentials not sent: the connection is not encrypted.</source>
        <translation>Credenciais não enviadas: a ligação não está encriptada.</translation>
    </message>
    <message>
        <source>Credentials not sent: the certificate did not verify.</source>
        <translation>Credenciais não enviadas: não foi possível validar o certificado.</translation>
    </message>
    <message>
        <source>Logging in with AUTH %1…</source>
        <translation>A iniciar sessão com AUTH %1…</translation>
    </message>
    <message>
        <source>Closing the session…</source>
        <translation>A fechar a sessão…</translation>
    </message>
    <message>
        <source>No reply to QUIT; closing.</source>
        <translation>Sem resposta ao QUIT; a fechar.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Interrompido: %1</translation>
    </message>
</context>
<context>
    <name>SmtpReplyParser</name>
    <message>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation>O servidor enviou uma linha com mais de %1 bytes.</translation>
    </message>
    <message>
        <source>The server sent a line that is not an SMTP reply: %1</source>
        <translation>O servidor enviou uma linha que não é uma resposta SMTP: %1</translation>
    </message>
    <message>
        <source>The server changed the reply code inside a multi-line reply (%1 then %2).</source>
        <translation>O servidor alterou o código de resposta a meio de uma resposta multilinha (%1 e depois %2).</translation>
    </message>
    <message>
        <source>The server sent a reply longer than %1 lines.</source>
        <translation>O servidor enviou uma resposta com mais de %1 linhas.</translation>
    </message>
</context>
<context>
    <name>TaskDock</name>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <source>%1 on %2</source>
        <extracomment>Task list: %1 is what the task works on, %2 the Exchange service.</extracomment>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Not followed</source>
        <extracomment>Task list: Smarthost could not follow the task (it may still run).</extracomment>
        <translation>Não seguida</translation>
    </message>
    <message>
        <source>OVHcloud task %1</source>
        <extracomment>Task list tooltip: %1 is OVHcloud&apos;s task id.</extracomment>
        <translation>Tarefa OVHcloud %1</translation>
    </message>
    <message>
        <source>Function</source>
        <extracomment>Task list column: the API&apos;s task function, e.g. addSendConnector.</extracomment>
        <translation>Função</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fim</translation>
    </message>
</context>
<context>
    <name>TaskWatcher</name>
    <message>
        <source>Stopped following task %1; it may still finish on OVHcloud&apos;s side.</source>
        <translation>O acompanhamento da tarefa %1 foi interrompido; a tarefa pode ainda terminar do lado da OVHcloud.</translation>
    </message>
    <message numerus="yes">
        <source>Task %1 (%2) is still &quot;%3&quot; after %n minute(s).</source>
        <translation>
            <numerusform>A tarefa %1 (%2) continua no estado &quot;%3&quot; após %n minuto.</numerusform>
            <numerusform>A tarefa %1 (%2) continua no estado &quot;%3&quot; após %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Task %1 (%2) is still &quot;%3&quot; after %n second(s).</source>
        <translation>
            <numerusform>A tarefa %1 (%2) continua &quot;%3&quot; após %n segundo.</numerusform>
            <numerusform>A tarefa %1 (%2) continua &quot;%3&quot; após %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TlsInfo</name>
    <message>
        <source>older protocol (%1)</source>
        <extracomment>%1 is Qt&apos;s numeric protocol code</extracomment>
        <translation>protocolo antigo (%1)</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Route verdict</source>
        <translation>Veredicto da rota</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Indícios</translation>
    </message>
    <message>
        <source>Paste the header of a received message to see its route.</source>
        <translation>Cole o cabeçalho de uma mensagem recebida para ver a respetiva rota.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 a connector&apos;s name, %2 its smart host</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No connector chosen: the route is shown without a verdict</source>
        <translation>Nenhum conector escolhido: a rota é apresentada sem veredicto</translation>
    </message>
    <message>
        <source>Sent through connector %1</source>
        <extracomment>%1 is the connector: &quot;name (host)&quot; or a host</extracomment>
        <translation>Enviada através do conector %1</translation>
    </message>
    <message>
        <source>Probably sent through connector %1</source>
        <translation>Provavelmente enviada através do conector %1</translation>
    </message>
    <message>
        <source>Unclear whether it was sent through connector %1</source>
        <translation>Não é claro se foi enviada através do conector %1</translation>
    </message>
    <message>
        <source>Not sent through %1: no hop shows its relay</source>
        <translation>Não enviada através de %1: nenhum salto mostra o respetivo relay</translation>
    </message>
    <message>
        <source>Not sent through %1: left via %2</source>
        <extracomment>%1 the connector, %2 the server the message left through</extracomment>
        <translation>Não enviada através de %1: saiu por %2</translation>
    </message>
    <message>
        <source>hop %1</source>
        <extracomment>%1 is a hop number</extracomment>
        <translation>salto %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New Connector…</source>
        <translation>&amp;Novo conector…</translation>
    </message>
    <message>
        <source>Add a send connector to the selected service</source>
        <translation>Adicionar um conector de envio ao serviço selecionado</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected send connector</source>
        <translation>Editar o conector de envio selecionado</translation>
    </message>
    <message>
        <source>Change &amp;Authentication…</source>
        <translation>Alterar &amp;autenticação…</translation>
    </message>
    <message>
        <source>Change how the selected connector logs in to its relay</source>
        <translation>Alterar a forma como o conector selecionado se autentica no seu relay</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the selected send connector</source>
        <translation>Eliminar o conector de envio selecionado</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Read the services from OVHcloud again</source>
        <translation>Ler novamente os serviços a partir da OVHcloud</translation>
    </message>
    <message>
        <source>&amp;Find Account</source>
        <translation>&amp;Procurar conta</translation>
    </message>
    <message>
        <source>Filter the accounts</source>
        <translation>Filtrar as contas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Quit Smarthost</source>
        <translation>Sair do Smarthost</translation>
    </message>
    <message>
        <source>&amp;About Smarthost</source>
        <translation>&amp;Acerca do Smarthost</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Connector</source>
        <translation>&amp;Conector</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>&amp;Network Settings…</source>
        <translation>Defi&amp;nições de rede…</translation>
    </message>
    <message>
        <source>How many requests per second Smarthost sends at most</source>
        <translation>Número máximo de pedidos por segundo enviados pelo Smarthost</translation>
    </message>
</context>
</TS>
