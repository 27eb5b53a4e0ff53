<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AccountBinder</name>
    <message>
        <source>Connector %1 no longer exists.</source>
        <translation>El conector %1 ya no existe.</translation>
    </message>
    <message>
        <source>“%1” is %2: wait until it is ready.</source>
        <extracomment>%1 is a connector&apos;s name, %2 its state (creating, deleting, suspended…).</extracomment>
        <translation>El conector «%1» está en estado «%2»: espere a que esté listo.</translation>
    </message>
    <message>
        <source>The service %1 is not loaded.</source>
        <translation>El servicio %1 no está cargado.</translation>
    </message>
    <message>
        <source>No account is selected.</source>
        <translation>No hay ninguna cuenta seleccionada.</translation>
    </message>
    <message>
        <source>%1 is not an account of %2.</source>
        <translation>%1 no es una cuenta de %2.</translation>
    </message>
    <message>
        <source>%1 is not a domain of %2.</source>
        <translation>%1 no es un dominio de %2.</translation>
    </message>
    <message numerus="yes">
        <source>Detach %n account(s)</source>
        <translation>
            <numerusform>desvinculación de %n cuenta</numerusform>
            <numerusform>desvinculación de %n cuentas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attach %n account(s) to %1</source>
        <extracomment>Undo/redo text; %1 is the connector&apos;s name.</extracomment>
        <translation>
            <numerusform>asociación de %n cuenta a %1</numerusform>
            <numerusform>asociación de %n cuentas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Default connector of %1: %2</source>
        <extracomment>Undo/redo text; %1 is a domain, %2 a connector or the platform&apos;s server.</extracomment>
        <translation>conector predeterminado de %1: %2</translation>
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
        <translation>No se ha podido leer la cuenta %1:</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre mostrado</translation>
    </message>
    <message>
        <source>Licence</source>
        <extracomment>Exchange licence of the account (basic, standard, enterprise).</extracomment>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sends through</source>
        <extracomment>The send connector the account sends through (or the platform&apos;s server).</extracomment>
        <translation>Envía por</translation>
    </message>
    <message>
        <source>moving…</source>
        <extracomment>The account&apos;s send connector is being changed.</extracomment>
        <translation>cambiando…</translation>
    </message>
</context>
<context>
    <name>AccountsPane</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n cuenta</numerusform>
            <numerusform>%n cuentas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n account(s)</source>
        <extracomment>%1 accounts shown by the filter out of %n.</extracomment>
        <translation>
            <numerusform>%1 de %n cuenta</numerusform>
            <numerusform>%1 de %n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter accounts…</source>
        <translation>Filtrar cuentas…</translation>
    </message>
    <message>
        <source>Shows the accounts whose address, name, licence, state or connector contains this text</source>
        <translation>Muestra las cuentas cuya dirección, nombre, licencia, estado o conector contiene este texto</translation>
    </message>
    <message>
        <source>Accounts of %1</source>
        <extracomment>Tooltip of the accounts title; %1 is the Exchange service.</extracomment>
        <translation>Cuentas de %1</translation>
    </message>
</context>
<context>
    <name>ActivityIndicator</name>
    <message numerus="yes">
        <source>%n task(s) running</source>
        <translation>
            <numerusform>%n tarea en curso</numerusform>
            <numerusform>%n tareas en curso</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading from OVHcloud…</source>
        <translation>Leyendo datos de OVHcloud…</translation>
    </message>
</context>
<context>
    <name>AllHeadersModel</name>
    <message>
        <source>%1

Hop %2 in the hop table</source>
        <extracomment>%1 is the full header; %2 the hop number</extracomment>
        <translation>%1

Salto %2 de la tabla de saltos</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Columns of the &quot;All headers&quot; table</extracomment>
        <translation>Nombre</translation>
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
            <numerusform>La API no ha dado ninguna respuesta utilizable en %n segundo.</numerusform>
            <numerusform>La API no ha dado ninguna respuesta utilizable en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Operación cancelada.</translation>
    </message>
    <message>
        <source>The API did not answer in time (%1).</source>
        <translation>La API no ha respondido a tiempo (%1).</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Error de red: %1</translation>
    </message>
    <message>
        <source>The change may or may not have been applied: refresh before trying again.</source>
        <translation>No se sabe si el cambio se ha aplicado: actualice los datos antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Unexpected redirect (HTTP %1) from the API.</source>
        <translation>Redirección inesperada (HTTP %1) de la API.</translation>
    </message>
    <message>
        <source>The answer was cut off: %1</source>
        <translation>La respuesta se cortó: %1</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>HTTP error %1</source>
        <translation>Error HTTP %1</translation>
    </message>
    <message>
        <source>HTTP error %1: %2</source>
        <translation>Error HTTP %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>query id %1</source>
        <translation>ID de consulta %1</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Cannot build a valid URL for %1</source>
        <translation>No se puede construir una URL válida para %1</translation>
    </message>
    <message>
        <source>GET /auth/time did not return a time</source>
        <translation>GET /auth/time no ha devuelto ninguna hora</translation>
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
        <translation>%1 asociadas, %2 fallidas.</translation>
    </message>
    <message>
        <source>%1 detached, %2 failed.</source>
        <translation>%1 desvinculadas, %2 fallidas.</translation>
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
        <translation>No se ha podido cambiar el conector predeterminado de %1: %2</translation>
    </message>
    <message>
        <source>New accounts of %1 will send through %2. Existing accounts are not changed.</source>
        <extracomment>%1 is a domain, %2 a connector or the platform&apos;s server.</extracomment>
        <translation>Las nuevas cuentas de %1 enviarán a través de %2. Las cuentas existentes no se modifican.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t Accounts</source>
        <translation>Cor&amp;tar cuentas</translation>
    </message>
    <message>
        <source>Pick the selected accounts, to paste them onto a connector</source>
        <translation>Tomar las cuentas seleccionadas para pegarlas en un conector</translation>
    </message>
    <message>
        <source>&amp;Paste Accounts</source>
        <translation>&amp;Pegar cuentas</translation>
    </message>
    <message>
        <source>Attach the cut accounts to the selected connector, or detach them onto “Platform outgoing server”</source>
        <translation>Asociar las cuentas cortadas al conector seleccionado, o desvincularlas pegándolas en «Servidor de envío de la plataforma»</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>Des&amp;vincular</translation>
    </message>
    <message>
        <source>Send the selected accounts through the platform&apos;s outgoing server again</source>
        <translation>Volver a enviar las cuentas seleccionadas a través del servidor de envío de la plataforma</translation>
    </message>
    <message>
        <source>&amp;Attach to Connector</source>
        <translation>&amp;Asociar al conector</translation>
    </message>
    <message>
        <source>Select accounts first, in the tree or in the accounts table.</source>
        <translation>Seleccione primero las cuentas, en el árbol o en la tabla de cuentas.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) cut: select a connector (or “Platform outgoing server”) and paste.</source>
        <translation>
            <numerusform>%n cuenta cortada: seleccione un conector (o «Servidor de envío de la plataforma») y péguela.</numerusform>
            <numerusform>%n cuentas cortadas: seleccione un conector (o «Servidor de envío de la plataforma») y péguelas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a send connector, or “Platform outgoing server”, to paste onto.</source>
        <translation>Seleccione un conector de envío, o «Servidor de envío de la plataforma», donde pegar.</translation>
    </message>
    <message>
        <source>These accounts belong to %1: they can only use that service&apos;s connectors.</source>
        <translation>Estas cuentas pertenecen a %1: solo pueden usar los conectores de ese servicio.</translation>
    </message>
    <message>
        <source>These accounts already use the platform&apos;s outgoing server.</source>
        <translation>Estas cuentas ya usan el servidor de envío de la plataforma.</translation>
    </message>
    <message>
        <source>These accounts already use this connector.</source>
        <translation>Estas cuentas ya usan este conector.</translation>
    </message>
    <message>
        <source>No send connector yet</source>
        <translation>Todavía no hay ningún conector de envío</translation>
    </message>
    <message>
        <source>Default &amp;Connector for New Accounts</source>
        <translation>&amp;Conector predeterminado para cuentas nuevas</translation>
    </message>
    <message>
        <source>Existing accounts are not changed.</source>
        <translation>Las cuentas existentes no se modifican.</translation>
    </message>
    <message>
        <source>Select accounts first</source>
        <translation>Seleccione primero las cuentas</translation>
    </message>
</context>
<context>
    <name>AttachFailureDialog</name>
    <message>
        <source>Some Accounts Were Not Changed</source>
        <translation>Algunas cuentas no se han modificado</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The accounts below stay where OVHcloud says they are. Quote the query ID when you contact OVHcloud support.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Las cuentas siguientes permanecen donde indica OVHcloud. Indique el ID de consulta cuando contacte con el soporte de OVHcloud.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>OVHcloud&apos;s message</source>
        <translation>Mensaje de OVHcloud</translation>
    </message>
    <message>
        <source>Query ID</source>
        <translation>ID de consulta</translation>
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
            <numerusform>%n desvinculada</numerusform>
            <numerusform>%n desvinculadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached</source>
        <translation>
            <numerusform>%n asociada</numerusform>
            <numerusform>%n asociadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n failed</source>
        <translation>
            <numerusform>%1, %n fallida</numerusform>
            <numerusform>%1, %n fallidas</numerusform>
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
        <translation>No se pudo volver a leer la cuenta: %1</translation>
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
        <translation>Detener las cuentas que aún no se han enviado (las ya enviadas se completan)</translation>
    </message>
    <message numerus="yes">
        <source>Moving accounts: %1 of %n</source>
        <extracomment>Status bar while send connectors of accounts are changed; %1 of %n done.</extracomment>
        <translation>
            <numerusform>Cambiando de conector: %1 de %n cuenta</numerusform>
            <numerusform>Cambiando de conector: %1 de %n cuentas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthenticationChipsModel</name>
    <message>
        <source>%1, stated in %2 (no server named)</source>
        <translation>%1, indicado en %2 (sin nombre de servidor)</translation>
    </message>
    <message>
        <source>%1, stated by %2 in %3</source>
        <translation>%1, indicado por %2 en %3</translation>
    </message>
    <message>
        <source>Signed by %1 (selector %2)</source>
        <extracomment>%1 the signing domain (d=), %2 the selector (s=)</extracomment>
        <translation>Firmado por %1 (selector %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n ARC set(s); chain validation: %1</source>
        <extracomment>%2 is the ARC chain validation status (pass, fail, none)</extracomment>
        <translation>
            <numerusform>%n conjunto ARC; validación de la cadena: %1</numerusform>
            <numerusform>%n conjuntos ARC; validación de la cadena: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No header states a %1 result.</source>
        <extracomment>%1 is SPF, DKIM or DMARC</extracomment>
        <translation>Ningún encabezado indica un resultado %1.</translation>
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
        <translation>Cambiar autenticación</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Mecanismo:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <comment>Show the password in clear</comment>
        <translation>M&amp;ostrar</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Mostrar la contraseña</translation>
    </message>
    <message>
        <source>Change Authentication of “%1”</source>
        <extracomment>Title of the change authentication dialog; %1 is the connector&apos;s name.</extracomment>
        <translation>Cambiar la autenticación de «%1»</translation>
    </message>
    <message>
        <source>Currently: %1. OVHcloud applies the change in a task. The user name and password are never shown back: enter both again.</source>
        <translation>Actualmente: %1. OVHcloud aplica el cambio mediante una tarea. El nombre de usuario y la contraseña nunca se vuelven a mostrar: introduzca ambos de nuevo.</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Cambiar</translation>
    </message>
    <message>
        <source>This mechanism needs TLS: edit the connector and turn on &quot;Require TLS&quot; first.</source>
        <translation>Este mecanismo requiere TLS: primero edite el conector y active «Requerir TLS».</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>--%1 expects a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 espera un número entero, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Print JSON with the API&apos;s field names.</source>
        <translation>Mostrar JSON con los nombres de campo de la API.</translation>
    </message>
    <message>
        <source>ovh-eu, ovh-ca, ovh-us or a base URL.</source>
        <translation>ovh-eu, ovh-ca, ovh-us o una URL base.</translation>
    </message>
    <message>
        <source>Read only this ovh.conf file.</source>
        <translation>Leer solo este archivo ovh.conf.</translation>
    </message>
    <message>
        <source>Use this saved profile.</source>
        <translation>Usar este perfil guardado.</translation>
    </message>
    <message>
        <source>Connector display name.</source>
        <translation>Nombre mostrado del conector.</translation>
    </message>
    <message>
        <source>Smart host (SMTP relay).</source>
        <translation>Host inteligente (servidor de retransmisión SMTP).</translation>
    </message>
    <message>
        <source>SMTP port.</source>
        <translation>Puerto SMTP.</translation>
    </message>
    <message>
        <source>Require TLS.</source>
        <translation>Requerir TLS.</translation>
    </message>
    <message>
        <source>Do not require TLS.</source>
        <translation>No requerir TLS.</translation>
    </message>
    <message>
        <source>none, basicAuth or basicAuthRequireTLS.</source>
        <translation>none, basicAuth o basicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>User name for the smart host.</source>
        <translation>Nombre de usuario para el host inteligente.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Leer la contraseña de la entrada estándar.</translation>
    </message>
    <message>
        <source>Maximum message size in MB (1-100).</source>
        <translation>Tamaño máximo de mensaje en MB (1-100).</translation>
    </message>
    <message>
        <source>The connector&apos;s smart host, for the verdict.</source>
        <translation>Host inteligente del conector, para el veredicto.</translation>
    </message>
    <message>
        <source>Another name of the relay.</source>
        <translation>Otro nombre del servidor de retransmisión.</translation>
    </message>
    <message>
        <source>Application key.</source>
        <translation>Clave de aplicación.</translation>
    </message>
    <message>
        <source>Read the application secret from standard input.</source>
        <translation>Leer el secreto de aplicación de la entrada estándar.</translation>
    </message>
    <message>
        <source>Read the consumer key from standard input.</source>
        <translation>Leer la clave de consumidor de la entrada estándar.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>--tls and --no-tls cannot be used together.</source>
        <translation>--tls y --no-tls no se pueden usar a la vez.</translation>
    </message>
    <message>
        <source>At most N requests per second (0: no limit; default 20).</source>
        <translation>Como máximo N solicitudes por segundo (0: sin límite; 20 por defecto).</translation>
    </message>
    <message>
        <source>--rate-limit expects 0 or more requests per second.</source>
        <translation>--rate-limit espera un número de solicitudes por segundo igual o superior a 0.</translation>
    </message>
    <message>
        <source>Give up waiting for an answer after S seconds (default 90).</source>
        <translation>Dejar de esperar una respuesta tras S segundos (90 por defecto).</translation>
    </message>
    <message>
        <source>--timeout expects a number of seconds from 1 to %1.</source>
        <translation>--timeout espera un número de segundos entre 1 y %1.</translation>
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
        <translation>Uso: smarthost-cli [--endpoint NAME|URL] [--config FILE] [--profile NAME] [--rate-limit N] [--timeout S] [--json] COMMAND …

Gestiona los conectores de envío de Exchange de OVHcloud (hosts inteligentes SMTP).

Comandos:
  services                                  pares organización/servicio con su oferta
  connectors ORG SVC                        todos los conectores con todos sus campos
  connector-add ORG SVC --name N --host H [--port P] [--tls|--no-tls]
        [--auth none|basicAuth|basicAuthRequireTLS] [--user U] [--password-stdin] [--max-size MB]
                                            espera a la tarea y muestra el nuevo conector
  connector-edit ORG SVC ID [--name N] [--host H] [--port P] [--tls|--no-tls] [--max-size MB]
  connector-auth ORG SVC ID --auth MECH [--user U] [--password-stdin]     espera a la tarea
  connector-delete ORG SVC ID                                              espera a la tarea
  accounts ORG SVC                          todas las cuentas con su sendConnectorId
  attach ORG SVC CONNECTOR_ID EMAIL…        asocia cuentas a un conector
  detach ORG SVC EMAIL…                     vuelve al servidor de envío de la plataforma
  domains ORG SVC                           todos los dominios con su conector predeterminado
  default-connector ORG SVC DOMAIN CONNECTOR_ID        (0 lo restablece)
  headers FILE|- [--connector HOST] [--alias HOST]…     ruta y veredicto de un correo recibido
  probe HOST [--port P] [--user U --password-stdin] [--tls|--no-tls] [--auth MECH] [--max-size MB]
                                            prueba un servidor de retransmisión SMTP antes de usarlo
  login --application-key AK --application-secret-stdin --consumer-key-stdin [--profile NAME]
                                            prueba una clave y la guarda en el llavero del sistema
  logout [--profile NAME]                   elimina un perfil guardado y sus secretos

Las credenciales se obtienen de las variables de entorno OVH_*, después de ./ovh.conf, ~/.ovh.conf,
/etc/ovh.conf (o --config FILE) y, por último, del llavero del sistema (--profile NAME).
Las contraseñas solo se leen de la entrada estándar, nunca de la línea de comandos.

--timeout S: una llamada sin respuesta utilizable falla tras S segundos, reintentos incluidos
(90 por defecto); con --timeout, la espera de una tarea también se detiene tras S segundos
(si no, 10 minutos). Un cambio cuya respuesta se perdió se vuelve a leer una vez, nunca se reenvía.

Código de salida: 0 éxito, 1 error de la API o de red, 2 error de uso.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>&quot;%1&quot; is not a connector id.</source>
        <translation>&quot;%1&quot; no es un ID de conector.</translation>
    </message>
    <message>
        <source>Usage: smarthost-cli %1</source>
        <translation>Uso: smarthost-cli %1</translation>
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
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>SMARTHOST</source>
        <translation>SMARTHOST</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PUERTO</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
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
        <translation>TAREA</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREADO</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>ACTUALIZADO</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <source>LICENCE</source>
        <translation>LICENCIA</translation>
    </message>
    <message>
        <source>SENDCONNECTORID</source>
        <translation>SENDCONNECTORID</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMINIO</translation>
    </message>
    <message>
        <source>SENDCONNECTORIDDEFAULT</source>
        <translation>SENDCONNECTORIDDEFAULT</translation>
    </message>
    <message>
        <source>task %1 (%2): %3</source>
        <translation>tarea %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>  OVHcloud error code: %1</source>
        <translation>  Código de error de OVHcloud: %1</translation>
    </message>
    <message>
        <source>  OVHcloud error class: %1</source>
        <translation>  Clase de error de OVHcloud: %1</translation>
    </message>
    <message>
        <source>  HTTP status: %1</source>
        <translation>  Estado HTTP: %1</translation>
    </message>
    <message>
        <source>  Query id (for OVHcloud support): %1</source>
        <translation>  ID de consulta (para el soporte de OVHcloud): %1</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Run smarthost-cli --help for the commands.</source>
        <translation>Ejecute smarthost-cli --help para ver los comandos.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run smarthost-cli --help for the commands.</source>
        <translation>Comando desconocido &quot;%1&quot;. Ejecute smarthost-cli --help para ver los comandos.</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>No saved profile named &quot;%1&quot;. Saved profiles: %2</source>
        <translation>No hay ningún perfil guardado con el nombre &quot;%1&quot;. Perfiles guardados: %2</translation>
    </message>
    <message>
        <source>No credentials found. Set OVH_ENDPOINT, OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY, write an ovh.conf, or run `smarthost-cli login`.</source>
        <translation>No se han encontrado credenciales. Defina OVH_ENDPOINT, OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET y OVH_CONSUMER_KEY, cree un archivo ovh.conf o ejecute `smarthost-cli login`.</translation>
    </message>
    <message>
        <source>Cannot read the profile&apos;s secrets from the %1: %2</source>
        <translation>No se pueden leer los secretos del perfil desde %1: %2</translation>
    </message>
    <message>
        <source>Incomplete credentials for %1: an application key, an application secret and a consumer key (or an OAuth2 client id and secret) are needed.</source>
        <translation>Credenciales incompletas para %1: se necesitan una clave de aplicación, un secreto de aplicación y una clave de consumidor (o un ID de cliente y un secreto OAuth2).</translation>
    </message>
</context>
<context>
    <name>CliTaskFollower</name>
    <message>
        <source>Waiting for OVHcloud&apos;s %1</source>
        <translation>Esperando a OVHcloud: %1</translation>
    </message>
    <message>
        <source>The task ended with status &quot;%1&quot;: nothing was changed or the change is incomplete; check with OVHcloud.</source>
        <translation>La tarea ha terminado con el estado &quot;%1&quot;: no se ha cambiado nada o el cambio está incompleto; consúltelo con OVHcloud.</translation>
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
        <translation>connector-add requiere --name y --host.</translation>
    </message>
    <message>
        <source>Unknown authentication &quot;%1&quot;: use none, basicAuth or basicAuthRequireTLS.</source>
        <translation>Autenticación desconocida &quot;%1&quot;: use none, basicAuth o basicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>%1 needs --user and --password-stdin.</source>
        <translation>%1 requiere --user y --password-stdin.</translation>
    </message>
    <message>
        <source>--user and --password-stdin need --auth basicAuth or basicAuthRequireTLS.</source>
        <translation>--user y --password-stdin requieren --auth basicAuth o basicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>Waiting for OVHcloud&apos;s %1</source>
        <translation>Esperando a OVHcloud: %1</translation>
    </message>
</context>
<context>
    <name>ConnectorAuthCommand</name>
    <message>
        <source>connector-auth needs --auth none, basicAuth or basicAuthRequireTLS.</source>
        <translation>connector-auth requiere --auth none, basicAuth o basicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>Unknown authentication &quot;%1&quot;: use none, basicAuth or basicAuthRequireTLS.</source>
        <translation>Autenticación desconocida &quot;%1&quot;: use none, basicAuth o basicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>%1 needs --user and --password-stdin.</source>
        <translation>%1 requiere --user y --password-stdin.</translation>
    </message>
</context>
<context>
    <name>ConnectorChooser</name>
    <message>
        <source>A connector, or a relay host to check</source>
        <translation>Un conector o un servidor de retransmisión que comprobar</translation>
    </message>
    <message>
        <source>Send connector to check</source>
        <translation>Conector de envío que comprobar</translation>
    </message>
    <message>
        <source>The send connector (or relay host) the message should have gone through. Follows the connector selected in the tree.</source>
        <translation>El conector de envío (o servidor de retransmisión) por el que debería haber pasado el mensaje. Sigue al conector seleccionado en el árbol.</translation>
    </message>
    <message>
        <source>Other names or IPs of the relay, comma separated</source>
        <translation>Otros nombres o IP del servidor de retransmisión, separados por comas</translation>
    </message>
    <message>
        <source>Other names of the relay</source>
        <translation>Otros nombres del servidor de retransmisión</translation>
    </message>
    <message>
        <source>Host names, domains or IP addresses the relay provider also uses (e.g. the hosts it hands the message to)</source>
        <translation>Nombres de host, dominios o direcciones IP que también usa el proveedor del servidor de retransmisión (p. ej., los hosts a los que entrega el mensaje)</translation>
    </message>
    <message>
        <source>Co&amp;nnector:</source>
        <extracomment>Label of the connector chooser in the header viewer</extracomment>
        <translation>Co&amp;nector:</translation>
    </message>
    <message>
        <source>Also &amp;known as:</source>
        <extracomment>Label of the field for other names of the relay</extracomment>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <source>No connector (route only)</source>
        <extracomment>First entry of the connector chooser: analyse the route without a verdict</extracomment>
        <translation>Ningún conector (solo la ruta)</translation>
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
        <translation>Enviando el conector a OVHcloud…</translation>
    </message>
    <message>
        <source>OVHcloud is creating the connector (task %1: %2)…</source>
        <extracomment>%1 is OVHcloud&apos;s task id, %2 its status (Waiting, Running…).</extracomment>
        <translation>OVHcloud está creando el conector (tarea %1: %2)…</translation>
    </message>
    <message>
        <source>Send connector “%1” created.</source>
        <translation>Conector de envío «%1» creado.</translation>
    </message>
    <message>
        <source>The send connector “%1” was not created: %2</source>
        <translation>No se ha creado el conector de envío «%1»: %2</translation>
    </message>
    <message>
        <source>Saving the changes…</source>
        <translation>Guardando los cambios…</translation>
    </message>
    <message>
        <source>OVHcloud refused the changes: %1</source>
        <translation>OVHcloud ha rechazado los cambios: %1</translation>
    </message>
    <message>
        <source>Send connector “%1” saved.</source>
        <translation>Conector de envío «%1» guardado.</translation>
    </message>
    <message>
        <source>Sending the new authentication to OVHcloud…</source>
        <translation>Enviando la nueva autenticación a OVHcloud…</translation>
    </message>
    <message>
        <source>OVHcloud refused the change: %1</source>
        <translation>OVHcloud ha rechazado el cambio: %1</translation>
    </message>
    <message>
        <source>OVHcloud is changing the authentication of “%1”.</source>
        <translation>OVHcloud está cambiando la autenticación de «%1».</translation>
    </message>
    <message>
        <source>Delete the send connector “%1” (%2)?</source>
        <extracomment>%1 is the connector&apos;s name, %2 its relay (host:port).</extracomment>
        <translation>¿Eliminar el conector de envío «%1» (%2)?</translation>
    </message>
    <message>
        <source>No account sends through it.</source>
        <translation>Ninguna cuenta envía a través de él.</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n account(s). They will send through the platform&apos;s outgoing server again.</source>
        <translation>
            <numerusform>Lo usa %n cuenta, que volverá a enviar a través del servidor de envío de la plataforma.</numerusform>
            <numerusform>Lo usan %n cuentas, que volverán a enviar a través del servidor de envío de la plataforma.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Send Connector</source>
        <translation>Eliminar conector de envío</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>The send connector “%1” was not deleted: %2</source>
        <translation>No se ha eliminado el conector de envío «%1»: %2</translation>
    </message>
    <message>
        <source>OVHcloud is deleting “%1”.</source>
        <translation>OVHcloud está eliminando «%1».</translation>
    </message>
</context>
<context>
    <name>ConnectorCreator</name>
    <message>
        <source>OVHcloud&apos;s task %1 (addSendConnector) ended with status &quot;%2&quot;.</source>
        <translation>La tarea %1 de OVHcloud (addSendConnector) ha terminado con el estado &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The task finished but no new send connector named &quot;%1&quot; appeared.</source>
        <translation>La tarea ha terminado, pero no ha aparecido ningún conector de envío nuevo con el nombre &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ConnectorDeleteCommand</name>
    <message>
        <source>Send connector %1 deleted; its accounts now send through the platform&apos;s outgoing server.</source>
        <translation>Conector de envío %1 eliminado; sus cuentas envían ahora a través del servidor de envío de la plataforma.</translation>
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
        <translation>TLS obligatorio:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Autenticación:</translation>
    </message>
    <message>
        <source>Maximum message size:</source>
        <translation>Tamaño máximo de mensaje:</translation>
    </message>
    <message>
        <source>Accounts using it:</source>
        <translation>Cuentas que lo usan:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>Last updated:</source>
        <translation>Última actualización:</translation>
    </message>
    <message>
        <source>Pending task:</source>
        <translation>Tarea pendiente:</translation>
    </message>
    <message>
        <source>Connector id:</source>
        <translation>ID del conector:</translation>
    </message>
    <message>
        <source>Select a send connector to see its details.</source>
        <translation>Seleccione un conector de envío para ver sus detalles.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <extracomment>Maximum message size in megabytes.</extracomment>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
</context>
<context>
    <name>ConnectorDialog</name>
    <message>
        <source>Send connector</source>
        <translation>Conector de envío</translation>
    </message>
    <message>
        <source>Enter the relay details your provider gave you. OVHcloud creates the connector in a task that usually takes a minute.</source>
        <translation>Introduzca los datos del servidor de retransmisión que le ha facilitado su proveedor. OVHcloud crea el conector mediante una tarea que suele tardar un minuto.</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Servidor de retransmisión</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nombre mostrado:</translation>
    </message>
    <message>
        <source>e.g. Newsletter relay</source>
        <comment>Example of a send connector name</comment>
        <translation>p. ej., Envío de newsletters</translation>
    </message>
    <message>
        <source>Smart &amp;host:</source>
        <translation>&amp;Host inteligente:</translation>
    </message>
    <message>
        <source>smtp-relay.example.com</source>
        <comment>Example of an SMTP relay host name</comment>
        <translation>smtp-relay.example.com</translation>
    </message>
    <message>
        <source>The SMTP relay&apos;s host name or IP address</source>
        <translation>Nombre de host o dirección IP del servidor de retransmisión SMTP</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>587 is the usual submission port</source>
        <translation>587 es el puerto de envío habitual</translation>
    </message>
    <message>
        <source>Require &amp;TLS</source>
        <translation>Requerir &amp;TLS</translation>
    </message>
    <message>
        <source>&quot;Basic, TLS required&quot; authentication keeps TLS on.</source>
        <translation>La autenticación «Básica, TLS obligatorio» mantiene TLS activado.</translation>
    </message>
    <message>
        <source>Maximum message si&amp;ze:</source>
        <translation>Tamaño má&amp;ximo de mensaje:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>&amp;Mecanismo:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <comment>Show the password in clear</comment>
        <translation>M&amp;ostrar</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Mostrar la contraseña</translation>
    </message>
    <message>
        <source>The authentication of an existing connector changes through its own OVHcloud task: use Connector ▸ Change Authentication…</source>
        <translation>La autenticación de un conector existente se cambia mediante su propia tarea de OVHcloud: use Conector ▸ Cambiar autenticación…</translation>
    </message>
    <message>
        <source>New Send Connector</source>
        <translation>Nuevo conector de envío</translation>
    </message>
    <message>
        <source>Edit Send Connector</source>
        <translation>Editar conector de envío</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Not shown: OVHcloud never returns it</source>
        <extracomment>Placeholder of the user and password fields when editing: the API never returns them.</extracomment>
        <translation>No se muestra: OVHcloud nunca lo devuelve</translation>
    </message>
    <message>
        <source>New Send Connector on %1</source>
        <extracomment>Title of the new connector dialog; %1 is the Exchange service.</extracomment>
        <translation>Nuevo conector de envío en %1</translation>
    </message>
    <message>
        <source>Edit Send Connector “%1”</source>
        <translation>Editar el conector de envío «%1»</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Todavía no ha cambiado nada.</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Replaces &quot;Cancel&quot; while OVHcloud works: closing does not stop the task.</extracomment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The change goes on in the background; the task list follows it.</source>
        <translation>El cambio continúa en segundo plano; puede seguirlo en la lista de tareas.</translation>
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
        <translation>La autenticación no se puede editar con este comando: use connector-auth.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one of --name, --host, --port, --tls, --no-tls, --max-size.</source>
        <translation>No hay nada que cambiar; indique al menos una de estas opciones: --name, --host, --port, --tls, --no-tls, --max-size.</translation>
    </message>
</context>
<context>
    <name>ConnectorListCommand</name>
    <message>
        <source>Connector %1 could not be read:</source>
        <translation>No se ha podido leer el conector %1:</translation>
    </message>
</context>
<context>
    <name>ConnectorRules</name>
    <message>
        <source>Enter a display name.</source>
        <translation>Introduzca un nombre mostrado.</translation>
    </message>
    <message>
        <source>The display name is too long (at most %1 characters).</source>
        <translation>El nombre mostrado es demasiado largo (%1 caracteres como máximo).</translation>
    </message>
    <message>
        <source>The display name contains control characters.</source>
        <translation>El nombre mostrado contiene caracteres de control.</translation>
    </message>
    <message>
        <source>Enter the smart host: the SMTP relay&apos;s host name or IP address.</source>
        <translation>Introduzca el host inteligente: el nombre de host o la dirección IP del servidor de retransmisión SMTP.</translation>
    </message>
    <message>
        <source>The host name is too long (at most %1 characters).</source>
        <translation>El nombre de host es demasiado largo (%1 caracteres como máximo).</translation>
    </message>
    <message>
        <source>Remove the spaces around the host name.</source>
        <translation>Elimine los espacios antes y después del nombre de host.</translation>
    </message>
    <message>
        <source>%1 is not an address a relay can have.</source>
        <translation>%1 no es una dirección válida para un servidor de retransmisión.</translation>
    </message>
    <message>
        <source>%1 is not a valid IP address.</source>
        <translation>%1 no es una dirección IP válida.</translation>
    </message>
    <message>
        <source>%1 is not a valid host name.</source>
        <translation>%1 no es un nombre de host válido.</translation>
    </message>
    <message>
        <source>Enter the relay&apos;s full host name (for example smtp.example.com).</source>
        <translation>Introduzca el nombre de host completo del servidor de retransmisión (por ejemplo, smtp.example.com).</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>El puerto debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>The maximum message size must be between 1 and %1 MB.</source>
        <translation>El tamaño máximo de mensaje debe estar entre 1 y %1 MB.</translation>
    </message>
    <message>
        <source>Enter the user name the relay expects.</source>
        <translation>Introduzca el nombre de usuario que espera el servidor de retransmisión.</translation>
    </message>
    <message>
        <source>Enter the password the relay expects.</source>
        <translation>Introduzca la contraseña que espera el servidor de retransmisión.</translation>
    </message>
    <message>
        <source>The user name or password is too long (at most %1 characters).</source>
        <translation>El nombre de usuario o la contraseña superan el máximo de %1 caracteres.</translation>
    </message>
    <message>
        <source>basicAuthRequireTLS needs TLS: turn requireTLS on.</source>
        <translation>basicAuthRequireTLS requiere TLS: active requireTLS.</translation>
    </message>
</context>
<context>
    <name>ConsumerKeyRequest</name>
    <message>
        <source>OVHcloud answered without a consumer key or validation URL.</source>
        <translation>OVHcloud ha respondido sin clave de consumidor o sin URL de validación.</translation>
    </message>
    <message>
        <source>Stopped waiting for the validation.</source>
        <translation>Se ha dejado de esperar la validación.</translation>
    </message>
    <message>
        <source>The consumer key was not validated in time; start again to get a new one.</source>
        <translation>La clave de consumidor no se ha validado a tiempo; vuelva a empezar para obtener una nueva.</translation>
    </message>
</context>
<context>
    <name>CredentialCheck</name>
    <message>
        <source>OVHcloud does not know this application key: check it, and the region.</source>
        <translation>OVHcloud no reconoce esta clave de aplicación: compruébela, así como la región.</translation>
    </message>
    <message>
        <source>The application secret does not match the application key.</source>
        <translation>El secreto de aplicación no corresponde a la clave de aplicación.</translation>
    </message>
    <message>
        <source>The consumer key was refused: it does not exist, was revoked or has expired. Create a new one.</source>
        <translation>La clave de consumidor ha sido rechazada: no existe, se ha revocado o ha caducado. Cree una nueva.</translation>
    </message>
    <message>
        <source>The consumer key has not been validated yet: open its validation page and log in to your OVHcloud account.</source>
        <translation>La clave de consumidor aún no se ha validado: abra su página de validación e inicie sesión en su cuenta de OVHcloud.</translation>
    </message>
    <message>
        <source>The consumer key lacks the rights Smarthost needs: GET, POST, PUT and DELETE on /email/exchange/*.</source>
        <translation>La clave de consumidor no tiene los permisos que necesita Smarthost: GET, POST, PUT y DELETE en /email/exchange/*.</translation>
    </message>
    <message>
        <source>The request timestamp was refused even after adjusting to OVHcloud&apos;s clock.</source>
        <translation>La marca de tiempo de la solicitud ha sido rechazada incluso después de ajustarla al reloj de OVHcloud.</translation>
    </message>
    <message>
        <source>The OVHcloud API cannot be reached.</source>
        <translation>No se puede acceder a la API de OVHcloud.</translation>
    </message>
    <message>
        <source>The API refused the credentials.</source>
        <translation>La API ha rechazado las credenciales.</translation>
    </message>
    <message>
        <source>%1 (OVHcloud said: %2)</source>
        <translation>%1 (respuesta de OVHcloud: %2)</translation>
    </message>
    <message>
        <source>The key works, but this account has no Exchange platform.</source>
        <translation>La clave funciona, pero esta cuenta no tiene ninguna plataforma Exchange.</translation>
    </message>
    <message numerus="yes">
        <source>The key works: %n Exchange organization(s) found.</source>
        <translation>
            <numerusform>La clave funciona: se ha encontrado %n organización Exchange.</numerusform>
            <numerusform>La clave funciona: se han encontrado %n organizaciones Exchange.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) off OVHcloud&apos;s; Smarthost compensates, but other tools may fail.</source>
        <translation>
            <numerusform>El reloj de este equipo tiene un desfase de %n minuto respecto al de OVHcloud; Smarthost lo compensa, pero otras herramientas pueden fallar.</numerusform>
            <numerusform>El reloj de este equipo tiene un desfase de %n minutos respecto al de OVHcloud; Smarthost lo compensa, pero otras herramientas pueden fallar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The consumer key&apos;s status is &quot;%1&quot;.</source>
        <translation>El estado de la clave de consumidor es &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The consumer key has expired. Create a new one (choose an unlimited validity on the validation page to keep it).</source>
        <translation>La clave de consumidor ha caducado. Cree una nueva (elija una validez ilimitada en la página de validación para conservarla).</translation>
    </message>
    <message>
        <source>The consumer key was refused on its validation page. Create a new one and allow the access this time.</source>
        <translation>La clave de consumidor fue rechazada en su página de validación. Cree una nueva y autorice el acceso esta vez.</translation>
    </message>
</context>
<context>
    <name>DefaultConnectorCommand</name>
    <message>
        <source>New accounts of %1 will send through the platform&apos;s outgoing server; existing accounts keep their connector.</source>
        <translation>Las nuevas cuentas de %1 enviarán a través del servidor de envío de la plataforma; las cuentas existentes conservan su conector.</translation>
    </message>
    <message>
        <source>New accounts of %1 will use connector %2; existing accounts keep their connector.</source>
        <translation>Las nuevas cuentas de %1 usarán el conector %2; las cuentas existentes conservan su conector.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>None</source>
        <extracomment>Send connector authentication: the relay accepts mail without a login.</extracomment>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Basic (user and password)</source>
        <extracomment>Send connector authentication: user name and password (API value basicAuth).</extracomment>
        <translation>Básica (usuario y contraseña)</translation>
    </message>
    <message>
        <source>Basic, TLS required</source>
        <extracomment>Send connector authentication: user name and password, only over TLS (API value basicAuthRequireTLS).</extracomment>
        <translation>Básica, TLS obligatorio</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>En creación</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>En eliminación</translation>
    </message>
    <message>
        <source>Migrating</source>
        <extracomment>State of a send connector while OVHcloud moves it internally.</extracomment>
        <translation>En migración</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>State of a send connector that works normally.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Reopening</source>
        <translation>En reapertura</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Suspending</source>
        <translation>En suspensión</translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>Status of an OVHcloud task that has not started yet.</extracomment>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
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
        <translation>En mantenimiento</translation>
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
        <translation>Servidor de envío de la plataforma</translation>
    </message>
    <message>
        <source>Platform server</source>
        <extracomment>Table cell: the account sends through the platform&apos;s own outgoing server.</extracomment>
        <translation>Servidor de la plataforma</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>A date that has no value (e.g. a connector that was never updated).</extracomment>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Send connectors are meant for Private and Trusted Exchange. OVHcloud may disable a connector added to this service at any time.</source>
        <translation>Los conectores de envío están previstos para Private Exchange y Trusted Exchange. OVHcloud puede desactivar en cualquier momento un conector añadido a este servicio.</translation>
    </message>
</context>
<context>
    <name>DomainListCommand</name>
    <message>
        <source>Domain %1 could not be read:</source>
        <translation>No se ha podido leer el dominio %1:</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>Unknown endpoint &quot;%1&quot;: use %2 or an https:// URL.</source>
        <translation>Endpoint desconocido &quot;%1&quot;: use %2 o una URL https://.</translation>
    </message>
    <message>
        <source>Refusing plain http:// for %1: only loopback addresses may use it. Use https://.</source>
        <translation>Se rechaza http:// sin cifrar para %1: solo las direcciones de bucle local (loopback) pueden usarlo. Use https://.</translation>
    </message>
    <message>
        <source>The endpoint URL must not have a query or fragment: %1</source>
        <translation>La URL del endpoint no debe contener ninguna consulta ni fragmento: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeApi</name>
    <message>
        <source>expected a list of names</source>
        <translation>se esperaba una lista de nombres</translation>
    </message>
    <message>
        <source>expected a list of ids</source>
        <translation>se esperaba una lista de ID</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>The API answered with malformed JSON: %1</source>
        <translation>La API ha respondido con un JSON mal formado: %1</translation>
    </message>
    <message>
        <source>Unexpected answer from the API: %1</source>
        <translation>Respuesta inesperada de la API: %1</translation>
    </message>
</context>
<context>
    <name>FaultRule</name>
    <message>
        <source>Fault &quot;%1&quot;: the rate must be a number from 0 to 1.</source>
        <translation>Fallo &quot;%1&quot;: la tasa debe ser un número entre 0 y 1.</translation>
    </message>
    <message>
        <source>Fault &quot;%1&quot;: unknown kind; use one of %2.</source>
        <translation>Fallo &quot;%1&quot;: tipo desconocido; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>Fault &quot;%1&quot;: invalid regular expression: %2</source>
        <translation>Fallo &quot;%1&quot;: expresión regular no válida: %2</translation>
    </message>
    <message>
        <source>Fault &quot;%1&quot;: expected METHOD:REGEX:KIND[:RATE[:COUNT]].</source>
        <translation>Fallo &quot;%1&quot;: se esperaba METHOD:REGEX:KIND[:RATE[:COUNT]].</translation>
    </message>
    <message>
        <source>Fault &quot;%1&quot;: the count must be a whole number of 1 or more.</source>
        <translation>Fallo &quot;%1&quot;: el recuento debe ser un número entero igual o mayor que 1.</translation>
    </message>
</context>
<context>
    <name>HeaderAnalyzer</name>
    <message>
        <source>The input is larger than 1 MB (%1 characters). Paste only the message header.</source>
        <extracomment>%1 is the size of the pasted text</extracomment>
        <translation>El texto supera 1 MB (%1 caracteres). Pegue solo el encabezado del mensaje.</translation>
    </message>
    <message>
        <source>No e-mail header found. Paste the header of the message, starting with its first line (usually Return-Path: or Received:).</source>
        <translation>No se ha encontrado ningún encabezado de correo electrónico. Pegue el encabezado del mensaje a partir de su primera línea (normalmente Return-Path: o Received:).</translation>
    </message>
    <message>
        <source>The input is larger than 1 MB (%1 bytes). Paste only the message header.</source>
        <extracomment>%1 is the size of the input in bytes</extracomment>
        <translation>La entrada supera 1 MB (%1 bytes). Pegue solo el encabezado del mensaje.</translation>
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
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 (from the Date header to the last hop)</source>
        <extracomment>%1 is a duration</extracomment>
        <translation>%1 (desde el encabezado Date hasta el último salto)</translation>
    </message>
    <message>
        <source>%1 (from the first to the last hop)</source>
        <translation>%1 (del primer al último salto)</translation>
    </message>
</context>
<context>
    <name>HeaderFileReader</name>
    <message>
        <source>Could not open “%1”: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>No se ha podido abrir «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is %2: the header viewer reads at most 1 MB, and no complete message header ends within it. Open the header alone, or paste it.</source>
        <extracomment>%1 a file name, %2 its size (&quot;3.2 MB&quot;)</extracomment>
        <translation>«%1» ocupa %2: el visor de encabezados lee como máximo 1 MB y en ese tamaño no termina ningún encabezado de mensaje completo. Abra solo el encabezado o péguelo.</translation>
    </message>
    <message>
        <source>“%1” is %2: only its header (up to the first empty line) was read.</source>
        <extracomment>%1 a file name, %2 its size (&quot;3.2 MB&quot;)</extracomment>
        <translation>«%1» ocupa %2: solo se ha leído su encabezado (hasta la primera línea vacía).</translation>
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
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 (from the Date header to the last hop)</source>
        <translation>%1 (desde el encabezado Date hasta el último salto)</translation>
    </message>
    <message>
        <source>%1 (from the first to the last hop)</source>
        <translation>%1 (del primer al último salto)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
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
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Tránsito</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Salto</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Demora</translation>
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
        <translation>Con</translation>
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
        <translation>No hay resultados de autenticación en los encabezados.</translation>
    </message>
    <message>
        <source>hop %1</source>
        <translation>salto %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message numerus="yes">
        <source>Hops, oldest first (%n hop(s))</source>
        <extracomment>%n is the number of Received headers</extracomment>
        <translation>
            <numerusform>Saltos, del más antiguo al más reciente (%n salto)</numerusform>
            <numerusform>Saltos, del más antiguo al más reciente (%n saltos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Send connector</source>
        <translation>Conector de envío</translation>
    </message>
    <message>
        <source>Send connector %1</source>
        <translation>Conector de envío %1</translation>
    </message>
</context>
<context>
    <name>HeaderSummaryView</name>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
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
        <translation>Fecha:</translation>
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
        <translation>Tránsito:</translation>
    </message>
    <message>
        <source>Authentication results</source>
        <translation>Resultados de autenticación</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Autenticación:</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>Shown for a summary field the header does not have</extracomment>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1
(your time: %2)</source>
        <extracomment>%1 the Date header as written, %2 the same in the user&apos;s time zone</extracomment>
        <translation>%1
(su hora: %2)</translation>
    </message>
    <message>
        <source>The paste came from a web page: HTML markup and entities (&amp;lt; &amp;gt; &amp;amp;) were decoded.</source>
        <translation>El texto pegado procede de una página web: se han descodificado las etiquetas y entidades HTML (&amp;lt; &amp;gt; &amp;amp;).</translation>
    </message>
</context>
<context>
    <name>HeaderViewerPane</name>
    <message>
        <source>Header viewer</source>
        <translation>Visor de encabezados</translation>
    </message>
    <message>
        <source>Analyse</source>
        <extracomment>Runs the header analysis</extracomment>
        <translation>Analizar</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Message header</source>
        <translation>Encabezado del mensaje</translation>
    </message>
    <message>
        <source>Paste the header of a received message here (or the whole message), drop a .eml or .txt file, or use Open…</source>
        <translation>Pegue aquí el encabezado de un mensaje recibido (o el mensaje completo), arrastre un archivo .eml o .txt, o use Abrir…</translation>
    </message>
    <message>
        <source>Open a .eml or .txt file (%1)</source>
        <translation>Abrir un archivo .eml o .txt (%1)</translation>
    </message>
    <message>
        <source>Clear</source>
        <extracomment>Empties the paste area and the results</extracomment>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copiar informe</translation>
    </message>
    <message>
        <source>Copy the analysis as text: summary, hops, authentication and verdict</source>
        <translation>Copiar el análisis como texto: resumen, saltos, autenticación y veredicto</translation>
    </message>
    <message>
        <source>Analyse the header now (%1); it also runs by itself after each change</source>
        <translation>Analizar el encabezado ahora (%1); el análisis también se ejecuta automáticamente tras cada cambio</translation>
    </message>
    <message>
        <source>All headers, in order</source>
        <translation>Todos los encabezados, en orden</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Open a Message or Header</source>
        <translation>Abrir un mensaje o encabezado</translation>
    </message>
    <message>
        <source>Messages and headers (*.eml *.txt *.hdr);;All files (*)</source>
        <extracomment>File dialog filter; keep the patterns in parentheses as they are</extracomment>
        <translation>Mensajes y encabezados (*.eml *.txt *.hdr);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No analysis</source>
        <translation>Sin análisis</translation>
    </message>
    <message>
        <source>See the message under the header.</source>
        <translation>Consulte el mensaje que aparece debajo del encabezado.</translation>
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
            <numerusform>Encabezados (%n)</numerusform>
            <numerusform>Encabezados (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste the header of a received message to see its route.</source>
        <translation>Pegue el encabezado de un mensaje recibido para ver su ruta.</translation>
    </message>
    <message>
        <source>Send a test message from an account that uses the connector, then paste the header of the received message here.</source>
        <translation>Envíe un mensaje de prueba desde una cuenta que use el conector y, a continuación, pegue aquí el encabezado del mensaje recibido.</translation>
    </message>
    <message>
        <source>Hops</source>
        <extracomment>Tab of the header viewer, before any analysis</extracomment>
        <translation>Saltos</translation>
    </message>
    <message>
        <source>All headers</source>
        <translation>Encabezados</translation>
    </message>
</context>
<context>
    <name>HeadersCommand</name>
    <message>
        <source>Usage: smarthost-cli headers FILE|- [--connector HOST] [--alias HOST]… [--json]</source>
        <translation>Uso: smarthost-cli headers FILE|- [--connector HOST] [--alias HOST]… [--json]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: paste or save the received mail&apos;s headers first.</source>
        <translation>%1 está vacío: primero pegue o guarde los encabezados del correo recibido.</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the history as a CSV file</source>
        <translation>Guardar el historial como archivo CSV</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>HistoryEntry</name>
    <message>
        <source>Attach</source>
        <extracomment>History: accounts were attached to a send connector.</extracomment>
        <translation>Asociar</translation>
    </message>
    <message>
        <source>Detach</source>
        <extracomment>History: accounts were detached (back to the platform&apos;s outgoing server).</extracomment>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Create connector</source>
        <translation>Crear conector</translation>
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
        <translation>Cambiar autenticación</translation>
    </message>
    <message>
        <source>Default connector</source>
        <extracomment>History: the default connector of a domain&apos;s new accounts changed.</extracomment>
        <translation>Conector predeterminado</translation>
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
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>What</source>
        <extracomment>Column of the change history: what was done (attach, detach, create…).</extracomment>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Query ID</source>
        <translation>ID de consulta</translation>
    </message>
</context>
<context>
    <name>HopFlags</name>
    <message>
        <source>The connection was encrypted (TLS).</source>
        <translation>La conexión estaba cifrada (TLS).</translation>
    </message>
    <message>
        <source>The sending client was authenticated.</source>
        <translation>El cliente remitente estaba autenticado.</translation>
    </message>
    <message>
        <source>Local hop: loopback connection or submission on the same machine.</source>
        <translation>Salto local: conexión de bucle local (loopback) o envío en la misma máquina.</translation>
    </message>
    <message>
        <source>Final delivery to the mailbox over LMTP.</source>
        <translation>Entrega final en el buzón mediante LMTP.</translation>
    </message>
    <message>
        <source>Submitted over HTTP (webmail or web API).</source>
        <translation>Enviado por HTTP (webmail o API web).</translation>
    </message>
    <message>
        <source>The connecting IP address is not a valid address; it is shown as written.</source>
        <translation>La dirección IP de conexión no es válida; se muestra tal como figura.</translation>
    </message>
    <message>
        <source>The date has no time zone; it was read as UTC.</source>
        <extracomment>The date in a Received header had no time zone</extracomment>
        <translation>La fecha no tiene zona horaria; se ha interpretado como UTC.</translation>
    </message>
    <message>
        <source>This hop has no date.</source>
        <translation>Este salto no tiene fecha.</translation>
    </message>
    <message>
        <source>The date of this hop could not be read.</source>
        <translation>No se ha podido leer la fecha de este salto.</translation>
    </message>
    <message>
        <source>Dated before the previous hop: one of the two servers has a wrong clock.</source>
        <translation>Fecha anterior a la del salto previo: uno de los dos servidores tiene el reloj mal ajustado.</translation>
    </message>
    <message>
        <source>Part of this header could not be read; it is kept as written.</source>
        <translation>No se ha podido leer parte de este encabezado; se conserva tal como figura.</translation>
    </message>
</context>
<context>
    <name>HopTableModel</name>
    <message>
        <source>no date</source>
        <extracomment>Time column of a hop whose date could not be read or is missing</extracomment>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>Hop %1 (1 = the oldest Received header)</source>
        <translation>Salto %1 (1 = el encabezado Received más antiguo)</translation>
    </message>
    <message>
        <source>This hop proves that the message went through the connector.</source>
        <translation>Este salto demuestra que el mensaje pasó por el conector.</translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation>Tal como figura: %1</translation>
    </message>
    <message>
        <source>No from clause: the server recorded no sender.</source>
        <translation>Sin cláusula from: el servidor no registró ningún remitente.</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De: %1</translation>
    </message>
    <message>
        <source>Announced name (HELO): %1</source>
        <extracomment>HELO/EHLO is the name the sending server announced</extracomment>
        <translation>Nombre anunciado (HELO): %1</translation>
    </message>
    <message>
        <source>Reverse DNS: %1</source>
        <translation>DNS inverso: %1</translation>
    </message>
    <message>
        <source>IP address: %1</source>
        <translation>Dirección IP: %1</translation>
    </message>
    <message>
        <source>Invalid IP address (as written): %1</source>
        <translation>Dirección IP no válida (tal como figura): %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comentario: %1</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Por: %1</translation>
    </message>
    <message>
        <source>Via: %1</source>
        <translation>Vía: %1</translation>
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
        <translation>Con: %1</translation>
    </message>
    <message>
        <source>Your local time: %1</source>
        <translation>Su hora local: %1</translation>
    </message>
    <message>
        <source>No date in this header.</source>
        <translation>Este encabezado no tiene fecha.</translation>
    </message>
    <message>
        <source>Time zone of the server: %1</source>
        <translation>Zona horaria del servidor: %1</translation>
    </message>
    <message>
        <source>The first hop has no previous hop to measure from.</source>
        <translation>El primer salto no tiene ningún salto anterior desde el que medir la demora.</translation>
    </message>
    <message>
        <source>No delay: this hop or the ones before have no date.</source>
        <translation>Demora no calculable: este salto o los anteriores no tienen fecha.</translation>
    </message>
    <message>
        <source>%1 after the previous dated hop: %2% of the total delay</source>
        <extracomment>%1 a duration, %2 a percentage</extracomment>
        <translation>%1 después del salto anterior con fecha: el %2 % de la demora total</translation>
    </message>
    <message>
        <source>%1 after the previous dated hop</source>
        <translation>%1 después del salto anterior con fecha</translation>
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
        <translation>Con</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Demora</translation>
    </message>
    <message>
        <source>Hop number: 1 is the oldest (bottom-most) Received header</source>
        <translation>Número de salto: 1 es el encabezado Received más antiguo (el situado más abajo)</translation>
    </message>
    <message>
        <source>The server that handed the message over, as the receiving server saw it</source>
        <translation>El servidor que entregó el mensaje, tal como lo vio el servidor receptor</translation>
    </message>
    <message>
        <source>The server that received the message and wrote the Received header</source>
        <translation>El servidor que recibió el mensaje y escribió el encabezado Received</translation>
    </message>
    <message>
        <source>The protocol of the hop</source>
        <translation>El protocolo del salto</translation>
    </message>
    <message>
        <source>When the server received the message, in your local time</source>
        <translation>Cuándo recibió el servidor el mensaje, en su hora local</translation>
    </message>
    <message>
        <source>Time since the previous hop; the bar shows its share of the total delay</source>
        <translation>Tiempo transcurrido desde el salto anterior; la barra muestra su parte de la demora total</translation>
    </message>
</context>
<context>
    <name>HopTableView</name>
    <message>
        <source>Hops, oldest first</source>
        <translation>Saltos, del más antiguo al más reciente</translation>
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
        <translation>ausente</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>se esperaba texto</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>se esperaba un número entero</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>not a date: %1</source>
        <translation>no es una fecha: %1</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>number out of range: %1</source>
        <translation>número fuera de rango: %1</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>system keychain</source>
        <translation>el llavero del sistema</translation>
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
        <translation>Idioma del sistema (%1)</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Manage the SMTP send connectors of OVHcloud Private and Trusted Exchange.</source>
        <translation>Gestiona los conectores de envío SMTP de Private Exchange y Trusted Exchange de OVHcloud.</translation>
    </message>
    <message>
        <source>Work on simulated data: no account or network needed.</source>
        <translation>Trabajar con datos simulados: no se necesita cuenta ni conexión de red.</translation>
    </message>
    <message>
        <source>Wait until the first load is finished, save the window to FILE (PNG) and exit.</source>
        <translation>Esperar a que termine la primera carga, guardar la ventana en ARCHIVO (PNG) y salir.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Use language LANG (e.g. fr).</source>
        <translation>Usar el idioma IDIOMA (p. ej., fr).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>Use the saved profile NAME.</source>
        <translation>Usar el perfil guardado NOMBRE.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>VENTANA</translation>
    </message>
    <message>
        <source>Give up after SECONDS.</source>
        <translation>Abandonar al cabo de SEGUNDOS segundos.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>Generated accounts in the demo (default 12).</source>
        <translation>Cuentas generadas en la demo (12 por defecto).</translation>
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
        <translation>--lang espera un código de idioma como fr o pt_BR, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--screenshot-timeout expects a number of seconds.</source>
        <translation>--screenshot-timeout espera un número de segundos.</translation>
    </message>
    <message>
        <source>--demo-accounts expects a number between 0 and 20000.</source>
        <translation>--demo-accounts espera un número entre 0 y 20000.</translation>
    </message>
    <message>
        <source>A received message (.eml) or a header saved as text, to open in the header viewer.</source>
        <translation>Un mensaje recibido (.eml) o un encabezado guardado como texto, para abrir en el visor de encabezados.</translation>
    </message>
    <message>
        <source>[MESSAGE]</source>
        <translation>[MENSAJE]</translation>
    </message>
    <message>
        <source>What --screenshot grabs: main, new-connector, edit-connector, change-authentication or header-viewer.</source>
        <translation>Qué captura --screenshot: main, new-connector, edit-connector, change-authentication o header-viewer.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation>No se ha podido iniciar el simulador de la demo: %1</translation>
    </message>
    <message>
        <source>simulator at %1</source>
        <extracomment>Status bar: the endpoint in demo mode; %1 is the simulator&apos;s local URL.</extracomment>
        <translation>simulador en %1</translation>
    </message>
    <message>
        <source>demo</source>
        <extracomment>Status bar: the profile in demo mode.</extracomment>
        <translation>demo</translation>
    </message>
    <message>
        <source>environment or ovh.conf</source>
        <extracomment>Status bar: the credentials come from OVH_* variables or an ovh.conf file.</extracomment>
        <translation>entorno u ovh.conf</translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil guardado con el nombre &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The profile&apos;s secrets could not be read from the %1: %2</source>
        <translation>No se han podido leer los secretos del perfil desde %1: %2</translation>
    </message>
    <message>
        <source>Unknown --screenshot-of &quot;%1&quot;.</source>
        <translation>Valor desconocido para --screenshot-of: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Smarthost found no OVHcloud credentials.</source>
        <translation>Smarthost no ha encontrado credenciales de OVHcloud.</translation>
    </message>
    <message>
        <source>Set OVH_ENDPOINT, OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY, write an ovh.conf file, or save a profile with `smarthost-cli login`. To look around first, start `smarthost --demo`.</source>
        <translation>Defina OVH_ENDPOINT, OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET y OVH_CONSUMER_KEY, cree un archivo ovh.conf o guarde un perfil con `smarthost-cli login`. Para explorar antes la aplicación, inicie `smarthost --demo`.</translation>
    </message>
    <message>
        <source>Smarthost</source>
        <translation>Smarthost</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>Abrir la &amp;demo</translation>
    </message>
    <message>
        <source>The credentials for %1 are incomplete: an application key, an application secret and a consumer key (or an OAuth2 client id and secret) are needed.</source>
        <translation>Las credenciales de %1 están incompletas: se necesitan una clave de aplicación, un secreto de aplicación y una clave de consumidor (o un ID de cliente y un secreto OAuth2).</translation>
    </message>
    <message>
        <source>You signed out of the profile &quot;%1&quot;; its secrets were deleted from the keychain.</source>
        <translation>Ha cerrado la sesión del perfil «%1»; sus secretos se han eliminado del llavero.</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>OVHcloud refused the keys in use (%1). Sign in again: what Smarthost was doing goes on afterwards.</source>
        <translation>OVHcloud rechazó las claves en uso (%1). Inicie sesión de nuevo: lo que Smarthost estaba haciendo continuará después.</translation>
    </message>
</context>
<context>
    <name>LoadingProgressLabel</name>
    <message numerus="yes">
        <source>%1 / %Ln account(s)</source>
        <extracomment>Status bar while a service&apos;s accounts load: %1 read so far out of %Ln, e.g. &quot;3,000 / 10,000 accounts&quot;.</extracomment>
        <translation>
            <numerusform>%1 / %Ln cuenta</numerusform>
            <numerusform>%1 / %Ln cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts read so far from OVHcloud</source>
        <translation>Cuentas leídas hasta ahora desde OVHcloud</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>Usage: smarthost-cli login [--endpoint NAME|URL] --application-key AK --application-secret-stdin --consumer-key-stdin [--profile NAME]
The application secret and the consumer key are read from standard input, one per line.</source>
        <translation>Uso: smarthost-cli login [--endpoint NAME|URL] --application-key AK --application-secret-stdin --consumer-key-stdin [--profile NAME]
El secreto de aplicación y la clave de consumidor se leen de la entrada estándar, uno por línea.</translation>
    </message>
    <message>
        <source>Standard input must hold the application secret, then the consumer key, one per line.</source>
        <translation>La entrada estándar debe contener el secreto de aplicación y, a continuación, la clave de consumidor, uno por línea.</translation>
    </message>
    <message>
        <source>The secrets could not be saved in the %1: %2
Nothing was saved; use OVH_* environment variables or an ovh.conf file instead.</source>
        <translation>No se han podido guardar los secretos en %1: %2
No se ha guardado nada; use en su lugar las variables de entorno OVH_* o un archivo ovh.conf.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved; its secrets are in the %2.</source>
        <translation>Perfil &quot;%1&quot; guardado; sus secretos están en %2.</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>No saved profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil guardado con el nombre &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The secrets could not be deleted from the %1: %2</source>
        <translation>No se han podido eliminar los secretos guardados en %1: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted, with its secrets.</source>
        <translation>Perfil &quot;%1&quot; eliminado, junto con sus secretos.</translation>
    </message>
</context>
<context>
    <name>LostAnswer</name>
    <message>
        <source>The change was accepted; only reading it back failed: refresh to see it.</source>
        <translation>El cambio se aceptó; solo falló volver a leerlo: actualice para verlo.</translation>
    </message>
    <message>
        <source>Nothing was sent again.</source>
        <translation>No se volvió a enviar nada.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Send Connectors (Demo)</source>
        <translation>Conectores de envío (demo)</translation>
    </message>
    <message>
        <source>Send Connectors</source>
        <translation>Conectores de envío</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode&lt;/b&gt; — the services, connectors and accounts below are simulated on this computer. Nothing is sent to OVHcloud.</source>
        <translation>&lt;b&gt;Modo demo&lt;/b&gt; — los servicios, conectores y cuentas que se muestran a continuación están simulados en este equipo. No se envía nada a OVHcloud.</translation>
    </message>
    <message>
        <source>Header Viewer</source>
        <translation>Visor de encabezados</translation>
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
        <translation>No se ha podido leer la lista de servicios: %1</translation>
    </message>
    <message>
        <source>Task %1 (%2 on %3): %4</source>
        <translation>Tarea %1 (%2 en %3): %4</translation>
    </message>
    <message>
        <source>OVHcloud&apos;s task %1 (%2 on %3) ended with status “%4”.</source>
        <translation>La tarea %1 de OVHcloud (%2 en %3) ha terminado con el estado «%4».</translation>
    </message>
    <message>
        <source>Could not read %1 again: %2</source>
        <translation>No se ha podido volver a leer %1: %2</translation>
    </message>
    <message>
        <source>About Smarthost</source>
        <translation>Acerca de Smarthost</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Smarthost %1&lt;/h3&gt;&lt;p&gt;Manage the SMTP send connectors of OVHcloud Private and Trusted Exchange.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Smarthost %1&lt;/h3&gt;&lt;p&gt;Gestiona los conectores de envío SMTP de Private Exchange y Trusted Exchange de OVHcloud.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No secret stored for %1.</source>
        <translation>No hay ningún secreto guardado para %1.</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>la memoria (solo esta sesión)</translation>
    </message>
</context>
<context>
    <name>MutationReadBack</name>
    <message>
        <source>Reading it back shows the change was applied.</source>
        <translation>Al volver a leerlo se ve que el cambio se aplicó.</translation>
    </message>
    <message>
        <source>Reading it back shows the change was not applied.</source>
        <translation>Al volver a leerlo se ve que el cambio no se aplicó.</translation>
    </message>
    <message>
        <source>Reading it back could not tell whether the change was applied.</source>
        <translation>Al volver a leerlo no se pudo saber si el cambio se aplicó.</translation>
    </message>
</context>
<context>
    <name>NetworkSettingsDialog</name>
    <message>
        <source>Network Settings</source>
        <translation>Configuración de red</translation>
    </message>
    <message>
        <source>Smarthost reads large services with many requests. To stay within OVHcloud&apos;s fair use, it sends at most this many requests per second, retries included. 0 turns the limit off.</source>
        <translation>Smarthost lee los servicios grandes mediante muchas solicitudes. Para respetar el uso razonable de OVHcloud, envía como máximo este número de solicitudes por segundo, reintentos incluidos. 0 desactiva el límite.</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>Shown in the rate limit spin box when the value is 0.</extracomment>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> requests/s</source>
        <extracomment>Unit after the rate limit value, with its leading space.</extracomment>
        <translation> solicitudes/s</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Límite de solicitudes:</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the number of seconds, with its leading space.</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>A call that gets no usable answer in this time fails with a message, timeouts and retries included.</source>
        <translation>Una llamada sin respuesta utilizable en este tiempo falla con un mensaje, incluidos tiempos de espera y reintentos.</translation>
    </message>
    <message>
        <source>&amp;Give up after:</source>
        <translation>&amp;Abandonar tras:</translation>
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
        <translation>Copiar el mensaje, con el ID de consulta de OVHcloud, al portapapeles</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
</context>
<context>
    <name>OAuth2TokenRequest</name>
    <message>
        <source>Cannot reach the OAuth2 token service: %1</source>
        <translation>No se puede acceder al servicio de tokens OAuth2: %1</translation>
    </message>
    <message>
        <source>The service account was refused: %1</source>
        <translation>La cuenta de servicio ha sido rechazada: %1</translation>
    </message>
    <message>
        <source>The OAuth2 token service answered without a token.</source>
        <translation>El servicio de tokens OAuth2 ha respondido sin ningún token.</translation>
    </message>
</context>
<context>
    <name>OvhConfigFile</name>
    <message>
        <source>binary data, not a configuration file</source>
        <translation>datos binarios, no es un archivo de configuración</translation>
    </message>
    <message>
        <source>malformed section header: %1</source>
        <translation>encabezado de sección mal formado: %1</translation>
    </message>
    <message>
        <source>expected &quot;key = value&quot; or a [section], found: %1</source>
        <translation>se esperaba &quot;clave = valor&quot; o una [sección]; se ha encontrado: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; stands before any [section]</source>
        <translation>&quot;%1&quot; aparece antes de cualquier [sección]</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: larger than 1 MB, not a configuration file</source>
        <translation>%1: supera 1 MB, no es un archivo de configuración</translation>
    </message>
</context>
<context>
    <name>OvhConfigImport</name>
    <message>
        <source>Choose a file.</source>
        <translation>Elija un archivo.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>No hay ningún archivo en %1.</translation>
    </message>
    <message>
        <source>No OVH_* variable is set and none of these files exists.</source>
        <translation>No hay ninguna variable OVH_* definida y no existe ninguno de estos archivos.</translation>
    </message>
    <message>
        <source>No keys found there.</source>
        <translation>No se han encontrado claves ahí.</translation>
    </message>
    <message>
        <source>none: the region chosen above (%1)</source>
        <translation>ninguno: se usa la región elegida arriba (%1)</translation>
    </message>
    <message>
        <source>There is no consumer key: choose “Create a key for me” to get one for this application.</source>
        <translation>No hay ninguna clave de consumidor: elija «Crear una clave para mí» para obtener una para esta aplicación.</translation>
    </message>
    <message>
        <source>The service account is incomplete: both the client ID and the client secret are needed.</source>
        <translation>La cuenta de servicio está incompleta: se necesitan tanto el ID de cliente como el secreto de cliente.</translation>
    </message>
    <message>
        <source>The keys are incomplete: the application key, the application secret and the consumer key are needed.</source>
        <translation>Las claves están incompletas: se necesitan la clave de aplicación, el secreto de aplicación y la clave de consumidor.</translation>
    </message>
    <message>
        <source>nowhere</source>
        <extracomment>Import ovh.conf: where the values were found.</extracomment>
        <translation>ningún lugar</translation>
    </message>
    <message>
        <source>not found</source>
        <extracomment>Import ovh.conf: a value that is not in the configuration.
----------
Import ovh.conf: a secret that was found; it is never shown.</extracomment>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>•••••••• (found, hidden)</source>
        <translation>•••••••• (encontrado, oculto)</translation>
    </message>
    <message>
        <source>Choose an ovh.conf File</source>
        <translation>Elija un archivo ovh.conf</translation>
    </message>
    <message>
        <source>Configuration files (*.conf)</source>
        <translation>Archivos de configuración (*.conf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>OvhConfigResolver</name>
    <message>
        <source>Both an application key and an OAuth2 client id are configured for endpoint %1: choose one.</source>
        <translation>Hay configuradas a la vez una clave de aplicación y un ID de cliente OAuth2 para el endpoint %1: elija uno de los dos.</translation>
    </message>
</context>
<context>
    <name>ProbeAdvice</name>
    <message>
        <source>Not checked: the probe was cancelled.</source>
        <translation>No comprobado: el sondeo se ha cancelado.</translation>
    </message>
    <message>
        <source>Not checked: the probe stopped before this step.</source>
        <translation>No comprobado: el sondeo se detuvo antes de este paso.</translation>
    </message>
    <message>
        <source>The name %1 does not resolve (DNS failure).</source>
        <translation>El nombre %1 no se resuelve (error de DNS).</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2.</source>
        <translation>%1 ha rechazado la conexión en el puerto %2.</translation>
    </message>
    <message>
        <source>The name %1 did not resolve within %2 s (DNS timeout).</source>
        <translation>El nombre %1 no se ha resuelto en %2 s (tiempo de espera de DNS agotado).</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>Sin respuesta en %1 s.</translation>
    </message>
    <message>
        <source>The probe took longer than %1 s in total and was stopped.</source>
        <translation>El sondeo ha superado los %1 s en total y se ha detenido.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>El servidor ha cerrado la conexión.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Error de red: %1</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>Ha fallado la negociación TLS: %1</translation>
    </message>
    <message>
        <source>The server answered: %1</source>
        <translation>El servidor ha respondido: %1</translation>
    </message>
    <message>
        <source>The server does not speak SMTP as expected: %1</source>
        <translation>El servidor no habla SMTP como se esperaba: %1</translation>
    </message>
    <message>
        <source>The probe was cancelled.</source>
        <translation>El sondeo se ha cancelado.</translation>
    </message>
</context>
<context>
    <name>ProbeAdvisor</name>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>The name %1 does not resolve (DNS failure).</source>
        <translation>El nombre %1 no se resuelve (error de DNS).</translation>
    </message>
    <message>
        <source>Check the spelling of the smart host: OVHcloud&apos;s Exchange servers must find it in public DNS.</source>
        <translation>Compruebe la ortografía del host inteligente: los servidores Exchange de OVHcloud deben encontrarlo en el DNS público.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2: nothing listens there, or a firewall rejects it.</source>
        <translation>%1 ha rechazado la conexión en el puerto %2: no hay nada a la escucha en ese puerto o un cortafuegos la rechaza.</translation>
    </message>
    <message>
        <source>Check the port: SMTP relays usually listen on 587 (submission with STARTTLS) or 25.</source>
        <translation>Compruebe el puerto: los servidores de retransmisión SMTP suelen escuchar en el 587 (envío con STARTTLS) o en el 25.</translation>
    </message>
    <message>
        <source>Check the smart host name and that its DNS servers answer.</source>
        <translation>Compruebe el nombre del host inteligente y que sus servidores DNS respondan.</translation>
    </message>
    <message>
        <source>No connection to %1 on port %2 within %3 s.</source>
        <translation>No se ha podido conectar a %1 en el puerto %2 en %3 s.</translation>
    </message>
    <message>
        <source>A firewall may drop the connection silently, or the host is down. Check the port, and that the relay accepts connections from OVHcloud&apos;s Exchange servers.</source>
        <translation>Puede que un cortafuegos descarte la conexión sin avisar o que el host no esté disponible. Compruebe el puerto y que el servidor de retransmisión acepte conexiones de los servidores Exchange de OVHcloud.</translation>
    </message>
    <message>
        <source>Connected to %1 (%2) on port %3.</source>
        <translation>Conectado a %1 (%2) en el puerto %3.</translation>
    </message>
    <message>
        <source>Port and TLS mode</source>
        <translation>Puerto y modo TLS</translation>
    </message>
    <message>
        <source>Port %1 uses implicit TLS (SMTPS): TLS starts before the SMTP greeting. Exchange send connectors do not speak it.</source>
        <translation>El puerto %1 usa TLS implícito (SMTPS): TLS se inicia antes del saludo SMTP. Los conectores de envío de Exchange no lo admiten.</translation>
    </message>
    <message>
        <source>Use port 587 or 25 with STARTTLS instead.</source>
        <translation>Use en su lugar el puerto 587 o 25 con STARTTLS.</translation>
    </message>
    <message>
        <source>Port %1 starts in plain SMTP and upgrades with STARTTLS, as Exchange send connectors do.</source>
        <translation>El puerto %1 empieza en SMTP sin cifrar y pasa a TLS con STARTTLS, como hacen los conectores de envío de Exchange.</translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation>Saludo del servidor</translation>
    </message>
    <message>
        <source>The server greets with: %1</source>
        <translation>El servidor saluda con: %1</translation>
    </message>
    <message>
        <source>The relay probably rejects connections from this address: it must accept OVHcloud&apos;s Exchange servers.</source>
        <translation>Probablemente el servidor de retransmisión rechaza las conexiones desde esta dirección: debe aceptar los servidores Exchange de OVHcloud.</translation>
    </message>
    <message>
        <source>The server accepted the connection but sent no greeting within %1 s.</source>
        <translation>El servidor ha aceptado la conexión, pero no ha enviado ningún saludo en %1 s.</translation>
    </message>
    <message>
        <source>The port may not use implicit TLS; use port 587 or 25 with STARTTLS.</source>
        <translation>Puede que el puerto no use TLS implícito; use el puerto 587 o 25 con STARTTLS.</translation>
    </message>
    <message>
        <source>The port may not speak SMTP, or it expects implicit TLS (SMTPS), which send connectors do not support.</source>
        <translation>Puede que el puerto no hable SMTP o que espere TLS implícito (SMTPS), que los conectores de envío no admiten.</translation>
    </message>
    <message>
        <source>The server closed the connection without a greeting.</source>
        <translation>El servidor ha cerrado la conexión sin enviar ningún saludo.</translation>
    </message>
    <message>
        <source>The server refused the session: %1</source>
        <translation>El servidor ha rechazado la sesión: %1</translation>
    </message>
    <message>
        <source>EHLO and extensions</source>
        <translation>EHLO y extensiones</translation>
    </message>
    <message>
        <source>The server closed the connection right after its greeting.</source>
        <translation>El servidor ha cerrado la conexión justo después de su saludo.</translation>
    </message>
    <message>
        <source>The relay probably rejects clients from this address: it must accept OVHcloud&apos;s Exchange servers.</source>
        <translation>Probablemente el servidor de retransmisión rechaza los clientes de esta dirección: debe aceptar los servidores Exchange de OVHcloud.</translation>
    </message>
    <message>
        <source>The server closed the connection after STARTTLS instead of answering EHLO.</source>
        <translation>El servidor ha cerrado la conexión después de STARTTLS en lugar de responder a EHLO.</translation>
    </message>
    <message>
        <source>The server did not answer EHLO within %1 s.</source>
        <translation>El servidor no ha respondido a EHLO en %1 s.</translation>
    </message>
    <message>
        <source>The server refused both EHLO and HELO: %1</source>
        <translation>El servidor ha rechazado tanto EHLO como HELO: %1</translation>
    </message>
    <message>
        <source>The server refused EHLO (%1) and accepted HELO: it offers no extensions, so no STARTTLS, AUTH or SIZE.</source>
        <translation>El servidor ha rechazado EHLO (%1) y ha aceptado HELO: no ofrece extensiones, así que tampoco STARTTLS, AUTH ni SIZE.</translation>
    </message>
    <message>
        <source>Enable ESMTP (EHLO) on the relay.</source>
        <translation>Active ESMTP (EHLO) en el servidor de retransmisión.</translation>
    </message>
    <message>
        <source>The server accepted EHLO and lists no extensions.</source>
        <translation>El servidor ha aceptado EHLO y no indica ninguna extensión.</translation>
    </message>
    <message>
        <source>The server accepted EHLO and offers: %1.</source>
        <translation>El servidor ha aceptado EHLO y ofrece: %1.</translation>
    </message>
    <message>
        <source>Message size</source>
        <translation>Tamaño de mensaje</translation>
    </message>
    <message>
        <source>The server announces no size limit (no SIZE extension).</source>
        <translation>El servidor no anuncia ningún límite de tamaño (sin extensión SIZE).</translation>
    </message>
    <message>
        <source>The server announces SIZE without a fixed limit.</source>
        <translation>El servidor anuncia SIZE sin un límite fijo.</translation>
    </message>
    <message>
        <source>The server accepts messages up to %1 MB.</source>
        <translation>El servidor acepta mensajes de hasta %1 MB.</translation>
    </message>
    <message>
        <source>SIZE %1 MB is below maxSendSize %2 MB: larger messages would be refused by the relay and bounce.</source>
        <translation>SIZE %1 MB es inferior a maxSendSize %2 MB: el servidor de retransmisión rechazaría los mensajes más grandes, que se devolverían al remitente.</translation>
    </message>
    <message>
        <source>Lower maxSendSize to %1 MB, or raise the relay&apos;s limit to %2 MB.</source>
        <translation>Reduzca maxSendSize a %1 MB o aumente el límite del servidor de retransmisión a %2 MB.</translation>
    </message>
    <message>
        <source>SIZE %1 MB is at least maxSendSize %2 MB.</source>
        <translation>SIZE %1 MB es igual o superior a maxSendSize %2 MB.</translation>
    </message>
</context>
<context>
    <name>ProbeAuthAdvisor</name>
    <message>
        <source>Authentication mechanism</source>
        <translation>Mecanismo de autenticación</translation>
    </message>
    <message>
        <source>The extensions offered over TLS could not be read, so the AUTH offer is unknown.</source>
        <translation>No se han podido leer las extensiones ofrecidas a través de TLS, por lo que se desconocen los mecanismos AUTH ofrecidos.</translation>
    </message>
    <message>
        <source>Choose basicAuthRequireTLS as the authentication mechanism, so the password never travels unencrypted.</source>
        <translation>Elija basicAuthRequireTLS como mecanismo de autenticación para que la contraseña nunca viaje sin cifrar.</translation>
    </message>
    <message>
        <source>The server offers no AUTH, but the connector uses %1.</source>
        <translation>El servidor no ofrece AUTH, pero el conector usa %1.</translation>
    </message>
    <message>
        <source>Choose none as the authentication mechanism; the relay must then accept OVHcloud&apos;s Exchange servers by their IP addresses.</source>
        <translation>Elija none como mecanismo de autenticación; en ese caso, el servidor de retransmisión deberá aceptar los servidores Exchange de OVHcloud por sus direcciones IP.</translation>
    </message>
    <message>
        <source>The server offers no AUTH: the authentication mechanism must be none.</source>
        <translation>El servidor no ofrece AUTH: el mecanismo de autenticación debe ser none.</translation>
    </message>
    <message>
        <source>Choose none as the authentication mechanism.</source>
        <translation>Elija none como mecanismo de autenticación.</translation>
    </message>
    <message>
        <source>The server offers AUTH %1 but neither PLAIN nor LOGIN, which basic authentication uses.</source>
        <translation>El servidor ofrece AUTH %1, pero ni PLAIN ni LOGIN, que son los que usa la autenticación básica.</translation>
    </message>
    <message>
        <source>Enable AUTH PLAIN or LOGIN on the relay.</source>
        <translation>Active AUTH PLAIN o LOGIN en el servidor de retransmisión.</translation>
    </message>
    <message>
        <source>The server offers AUTH %1 only without TLS: the password would travel unencrypted.</source>
        <translation>El servidor solo ofrece AUTH %1 sin TLS: la contraseña viajaría sin cifrar.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on the relay and offer AUTH over it.</source>
        <translation>Active STARTTLS en el servidor de retransmisión y ofrezca AUTH a través de él.</translation>
    </message>
    <message>
        <source>The server offers AUTH %1 over TLS.</source>
        <translation>El servidor ofrece AUTH %1 a través de TLS.</translation>
    </message>
    <message>
        <source>The server offers AUTH %1, but the connector sends no credentials.</source>
        <translation>El servidor ofrece AUTH %1, pero el conector no envía credenciales.</translation>
    </message>
    <message>
        <source>Unless the relay accepts OVHcloud&apos;s Exchange servers by their IP addresses, choose basicAuthRequireTLS and set the user and password.</source>
        <translation>Salvo que el servidor de retransmisión acepte los servidores Exchange de OVHcloud por sus direcciones IP, elija basicAuthRequireTLS e indique el usuario y la contraseña.</translation>
    </message>
    <message>
        <source>The server offers AUTH only after STARTTLS, but basicAuth does not require TLS.</source>
        <translation>El servidor solo ofrece AUTH después de STARTTLS, pero basicAuth no requiere TLS.</translation>
    </message>
    <message>
        <source>The server offers AUTH %1 with and without TLS, and basicAuth would also authenticate without TLS.</source>
        <translation>El servidor ofrece AUTH %1 con y sin TLS, y basicAuth también se autenticaría sin TLS.</translation>
    </message>
    <message>
        <source>The server offers AUTH %1 over TLS, as basicAuthRequireTLS needs.</source>
        <translation>El servidor ofrece AUTH %1 a través de TLS, como requiere basicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>basicAuthRequireTLS needs TLS, but the server offers no STARTTLS.</source>
        <translation>basicAuthRequireTLS requiere TLS, pero el servidor no ofrece STARTTLS.</translation>
    </message>
    <message>
        <source>The server offers AUTH only on unencrypted connections, not over TLS.</source>
        <translation>El servidor solo ofrece AUTH en conexiones sin cifrar, no a través de TLS.</translation>
    </message>
    <message>
        <source>Let the relay offer AUTH after STARTTLS.</source>
        <translation>Configure el servidor de retransmisión para que ofrezca AUTH después de STARTTLS.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>No user and password given, so the login was not tested.</source>
        <translation>No se han indicado usuario ni contraseña, por lo que no se ha probado el inicio de sesión.</translation>
    </message>
    <message>
        <source>Give the connector&apos;s user and password to test the login.</source>
        <translation>Indique el usuario y la contraseña del conector para probar el inicio de sesión.</translation>
    </message>
    <message>
        <source>The probe did not send the credentials: the connection is not encrypted.</source>
        <translation>El sondeo no ha enviado las credenciales: la conexión no está cifrada.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on the relay: a password must never travel unencrypted.</source>
        <translation>Active STARTTLS en el servidor de retransmisión: una contraseña nunca debe viajar sin cifrar.</translation>
    </message>
    <message>
        <source>The probe did not send the credentials: the server&apos;s certificate did not verify.</source>
        <translation>El sondeo no ha enviado las credenciales: no se ha podido verificar el certificado del servidor.</translation>
    </message>
    <message>
        <source>Fix the certificate first (see the certificate checks). For a private certificate authority, give its certificate to the probe.</source>
        <translation>Corrija primero el certificado (consulte las comprobaciones del certificado). Si se trata de una autoridad de certificación privada, proporcione su certificado al sondeo.</translation>
    </message>
    <message>
        <source>The server offers no AUTH, so the credentials were not used.</source>
        <translation>El servidor no ofrece AUTH, por lo que no se han usado las credenciales.</translation>
    </message>
    <message>
        <source>The server offers neither AUTH PLAIN nor LOGIN, the only mechanisms the probe tests.</source>
        <translation>El servidor no ofrece ni AUTH PLAIN ni LOGIN, los únicos mecanismos que prueba el sondeo.</translation>
    </message>
    <message>
        <source>The server accepted the login of %1 with AUTH %2.</source>
        <translation>El servidor ha aceptado el inicio de sesión de %1 con AUTH %2.</translation>
    </message>
    <message>
        <source>The connector sends no credentials: choose basicAuthRequireTLS and set this user and password.</source>
        <translation>El conector no envía credenciales: elija basicAuthRequireTLS e indique este usuario y esta contraseña.</translation>
    </message>
    <message>
        <source>The server rejected the login of %1 with AUTH %2: %3</source>
        <translation>El servidor ha rechazado el inicio de sesión de %1 con AUTH %2: %3</translation>
    </message>
    <message>
        <source>Check the user and password; many relays expect the full e-mail address as the user name.</source>
        <translation>Compruebe el usuario y la contraseña; muchos servidores de retransmisión esperan la dirección de correo electrónico completa como nombre de usuario.</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>Usage: smarthost-cli probe HOST [--port P] [--user U --password-stdin] [--tls|--no-tls] [--auth MECH] [--max-size MB] [--json]</source>
        <translation>Uso: smarthost-cli probe HOST [--port P] [--user U --password-stdin] [--tls|--no-tls] [--auth MECH] [--max-size MB] [--json]</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>El puerto debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>Unknown authentication &quot;%1&quot;: use none, basicAuth or basicAuthRequireTLS.</source>
        <translation>Autenticación desconocida &quot;%1&quot;: use none, basicAuth o basicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>--user and --password-stdin go together.</source>
        <translation>--user y --password-stdin deben usarse juntas.</translation>
    </message>
</context>
<context>
    <name>ProbePanel</name>
    <message>
        <source>Test co&amp;nnection</source>
        <extracomment>Button: connects to the smart host and checks it, without sending mail</extracomment>
        <translation>Pro&amp;bar conexión</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <extracomment>Button: stops a running connection test</extracomment>
        <translation>Cancelar prueba</translation>
    </message>
    <message>
        <source>Cop&amp;y report</source>
        <translation>Copiar &amp;informe</translation>
    </message>
    <message>
        <source>Copy the results and the transcript, with the password masked</source>
        <translation>Copiar los resultados y la transcripción, con la contraseña oculta</translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <extracomment>Part of the test summary, e.g. &quot;3 passed, 1 warning&quot;</extracomment>
        <translation>
            <numerusform>%n superada</numerusform>
            <numerusform>%n superadas</numerusform>
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
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
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
        <translation>Sin comprobaciones</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <extracomment>%1 is what the checks gave before the test was cancelled, e.g. &quot;1 passed, 1 failed&quot;</extracomment>
        <translation>Prueba cancelada: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <extracomment>Status while the connection test prepares</extracomment>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Copied</source>
        <extracomment>Shown briefly on the &quot;Copy report&quot; button once the report is on the clipboard</extracomment>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>The settings changed since this test: test again to check them.</source>
        <translation>La configuración ha cambiado desde esta prueba: vuelva a probar para comprobarla.</translation>
    </message>
    <message>
        <source>Connect to the smart host and compare it with these settings; no mail is sent</source>
        <translation>Conectarse al host inteligente y compararlo con esta configuración; no se envía ningún correo</translation>
    </message>
    <message>
        <source>Enter a smart host and a port first</source>
        <translation>Introduzca primero un host inteligente y un puerto</translation>
    </message>
    <message>
        <source>Checks the port, TLS and authentication; no mail is sent.</source>
        <translation>Comprueba el puerto, TLS y la autenticación; no se envía ningún correo.</translation>
    </message>
</context>
<context>
    <name>ProbeReportText</name>
    <message>
        <source>SMTP probe of %1 port %2</source>
        <translation>Sondeo SMTP de %1, puerto %2</translation>
    </message>
    <message>
        <source>SMTP probe of %1 port %2 (%3)</source>
        <translation>Sondeo SMTP de %1, puerto %2 (%3)</translation>
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
        <translation>FALLO</translation>
    </message>
    <message>
        <source>SKIP</source>
        <extracomment>Status label in the text report; keep it short (at most 5 characters)</extracomment>
        <translation>OMIT</translation>
    </message>
    <message>
        <source>Extensions: %1</source>
        <translation>Extensiones: %1</translation>
    </message>
    <message>
        <source>TLS: %1, %2</source>
        <translation>TLS: %1, %2</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2, valid %3 to %4</source>
        <translation>Certificado: %1, emitido por %2, válido del %3 al %4</translation>
    </message>
    <message>
        <source>Result: %1 failed, %2 warnings, %3 passed, %4 skipped.</source>
        <translation>Resultado: %1 fallidas, %2 con aviso, %3 superadas, %4 omitidas.</translation>
    </message>
    <message>
        <source>Transcript:</source>
        <translation>Transcripción:</translation>
    </message>
</context>
<context>
    <name>ProbeResultView</name>
    <message>
        <source>TLS session and certificate</source>
        <translation>Sesión TLS y certificado</translation>
    </message>
    <message>
        <source>Show transcript</source>
        <translation>Mostrar transcripción</translation>
    </message>
    <message>
        <source>The SMTP conversation line by line, with the password masked</source>
        <translation>La conversación SMTP línea a línea, con la contraseña oculta</translation>
    </message>
    <message>
        <source>Hide transcript</source>
        <translation>Ocultar transcripción</translation>
    </message>
    <message>
        <source>Passed</source>
        <extracomment>Status of one connection check</extracomment>
        <translation>Superada</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Status of one connection check: it passed with advice</extracomment>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Status of one connection check</extracomment>
        <translation>Fallida</translation>
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
        <translation>Cifrado:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujeto:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Emisor:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Nombres:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Válido desde:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Válido hasta:</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>Nombre de host:</translation>
    </message>
    <message>
        <source>The certificate is valid for %1</source>
        <translation>El certificado es válido para %1</translation>
    </message>
    <message>
        <source>The certificate is not valid for %1</source>
        <translation>El certificado no es válido para %1</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>De confianza</translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation>Verificación:</translation>
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
        <translation>%1, puerto %2, probado a las %3 en %4</translation>
    </message>
    <message>
        <source>%1 port %2 (%3), tested at %4 in %5</source>
        <extracomment>%1 host, %2 port, %3 IP address, %4 time of day, %5 duration (&quot;120 ms&quot;, &quot;2.5 s&quot;)</extracomment>
        <translation>%1, puerto %2 (%3), probado a las %4 en %5</translation>
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
        <translation>TLS implícito: la conexión está cifrada desde el primer byte, sin STARTTLS.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on the relay, or use the port where it offers it (usually 587).</source>
        <translation>Active STARTTLS en el servidor de retransmisión o use el puerto en el que lo ofrece (normalmente el 587).</translation>
    </message>
    <message>
        <source>requireTLS is on but the server offers no STARTTLS on port %1.</source>
        <translation>requireTLS está activado, pero el servidor no ofrece STARTTLS en el puerto %1.</translation>
    </message>
    <message>
        <source>Turning requireTLS off instead would send mail unencrypted.</source>
        <translation>Si en su lugar desactiva requireTLS, el correo se enviará sin cifrar.</translation>
    </message>
    <message>
        <source>The server offers no STARTTLS on port %1: mail would travel unencrypted.</source>
        <translation>El servidor no ofrece STARTTLS en el puerto %1: el correo viajaría sin cifrar.</translation>
    </message>
    <message>
        <source>The server offers STARTTLS but refused it: %1</source>
        <translation>El servidor ofrece STARTTLS, pero lo ha rechazado: %1</translation>
    </message>
    <message>
        <source>Check the relay&apos;s TLS configuration (certificate and key).</source>
        <translation>Compruebe la configuración TLS del servidor de retransmisión (certificado y clave).</translation>
    </message>
    <message>
        <source>The server offers STARTTLS on port %1 and accepted it.</source>
        <translation>El servidor ofrece STARTTLS en el puerto %1 y lo ha aceptado.</translation>
    </message>
    <message>
        <source>Turn requireTLS on, so mail never falls back to an unencrypted connection.</source>
        <translation>Active requireTLS para que el correo nunca recurra a una conexión sin cifrar.</translation>
    </message>
    <message>
        <source>TLS session</source>
        <translation>Sesión TLS</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 s.</source>
        <translation>La negociación TLS no ha terminado en %1 s.</translation>
    </message>
    <message>
        <source>The server may not speak implicit TLS on port %1; probe it with STARTTLS instead.</source>
        <translation>Puede que el servidor no admita TLS implícito en el puerto %1; sondéelo con STARTTLS en su lugar.</translation>
    </message>
    <message>
        <source>Check the relay&apos;s TLS configuration.</source>
        <translation>Compruebe la configuración TLS del servidor de retransmisión.</translation>
    </message>
    <message>
        <source>The relay must support TLS 1.2 or later, with a certificate and a matching key.</source>
        <translation>El servidor de retransmisión debe admitir TLS 1.2 o posterior, con un certificado y su clave correspondiente.</translation>
    </message>
    <message>
        <source>No TLS session was negotiated.</source>
        <translation>No se ha negociado ninguna sesión TLS.</translation>
    </message>
    <message>
        <source>%1 with cipher %2.</source>
        <translation>%1 con el cifrado %2.</translation>
    </message>
    <message>
        <source>Certificate trust</source>
        <translation>Confianza del certificado</translation>
    </message>
    <message>
        <source>No certificate to check: no TLS session.</source>
        <translation>No hay ningún certificado que comprobar: no hay sesión TLS.</translation>
    </message>
    <message>
        <source>The certificate %1, issued by %2, chains to a trusted authority.</source>
        <translation>El certificado %1, emitido por %2, se encadena a una autoridad de confianza.</translation>
    </message>
    <message>
        <source>The certificate %1, issued by %2, does not verify: %3</source>
        <translation>El certificado %1, emitido por %2, no se puede verificar: %3</translation>
    </message>
    <message>
        <source>Install a certificate from a public certificate authority on the relay, with its intermediate certificates. The probe sends no credentials over a connection whose certificate does not verify.</source>
        <translation>Instale en el servidor de retransmisión un certificado de una autoridad de certificación pública, con sus certificados intermedios. El sondeo no envía credenciales a través de una conexión cuyo certificado no se pueda verificar.</translation>
    </message>
    <message>
        <source>Certificate host name</source>
        <translation>Nombre de host del certificado</translation>
    </message>
    <message>
        <source>The certificate is valid for %1.</source>
        <translation>El certificado es válido para %1.</translation>
    </message>
    <message>
        <source>The certificate is not valid for %1; it names %2.</source>
        <translation>El certificado no es válido para %1; corresponde a %2.</translation>
    </message>
    <message>
        <source>Use a smart host name the certificate covers, or install a certificate that includes %1.</source>
        <translation>Use un nombre de host inteligente que cubra el certificado o instale un certificado que incluya %1.</translation>
    </message>
    <message>
        <source>Certificate validity</source>
        <translation>Validez del certificado</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>El certificado caducó el %1.</translation>
    </message>
    <message>
        <source>Renew the relay&apos;s certificate.</source>
        <translation>Renueve el certificado del servidor de retransmisión.</translation>
    </message>
    <message>
        <source>The certificate is only valid from %1.</source>
        <translation>El certificado solo es válido a partir del %1.</translation>
    </message>
    <message>
        <source>Check the relay&apos;s certificate and the clocks.</source>
        <translation>Compruebe el certificado del servidor de retransmisión y los relojes.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires on %1, in %n day(s).</source>
        <translation>
            <numerusform>El certificado caduca el %1, dentro de %n día.</numerusform>
            <numerusform>El certificado caduca el %1, dentro de %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renew the relay&apos;s certificate soon.</source>
        <translation>Renueve pronto el certificado del servidor de retransmisión.</translation>
    </message>
    <message>
        <source>The certificate is valid from %1 to %2.</source>
        <translation>El certificado es válido del %1 al %2.</translation>
    </message>
</context>
<context>
    <name>ProfileMenu</name>
    <message>
        <source>Switch &amp;Profile</source>
        <translation>Cambiar de &amp;perfil</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Nuevo perfil…</translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation>&amp;Cerrar sesión…</translation>
    </message>
    <message>
        <source>Sign in with other keys and save them as a new profile</source>
        <translation>Iniciar sesión con otras claves y guardarlas como un perfil nuevo</translation>
    </message>
    <message>
        <source>Delete this profile&apos;s secrets from the keychain</source>
        <translation>Eliminar del llavero los secretos de este perfil</translation>
    </message>
    <message>
        <source>No saved profile</source>
        <translation>Ningún perfil guardado</translation>
    </message>
    <message>
        <source>Sign &amp;Out of “%1”…</source>
        <translation>&amp;Cerrar sesión de «%1»…</translation>
    </message>
    <message>
        <source>There is no saved profile named “%1”.</source>
        <translation>No hay ningún perfil guardado con el nombre «%1».</translation>
    </message>
    <message>
        <source>The secrets of profile “%1” could not be read from the %2: %3</source>
        <translation>No se han podido leer los secretos del perfil «%1» desde %2: %3</translation>
    </message>
    <message>
        <source>Profile “%1” is incomplete: sign in again to save its keys.</source>
        <translation>El perfil «%1» está incompleto: vuelva a iniciar sesión para guardar sus claves.</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out of “%1”?</source>
        <translation>¿Cerrar la sesión de «%1»?</translation>
    </message>
    <message>
        <source>Its secrets are deleted from the %1, and its settings with them. To use it again you need its keys, or a new consumer key.</source>
        <translation>Sus secretos se eliminarán de %1, junto con su configuración. Para volver a usarlo, necesitará sus claves o una nueva clave de consumidor.</translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>The secrets of profile “%1” could not be deleted from the %2: %3. The profile was kept.</source>
        <translation>No se han podido eliminar los secretos del perfil «%1» de %2: %3. Se ha conservado el perfil.</translation>
    </message>
</context>
<context>
    <name>RelayMatcher</name>
    <message>
        <source>the relay host itself</source>
        <translation>el propio servidor de retransmisión</translation>
    </message>
    <message>
        <source>the relay&apos;s IP address</source>
        <translation>la dirección IP del servidor de retransmisión</translation>
    </message>
    <message>
        <source>a host of the relay&apos;s domain %1</source>
        <extracomment>%1 is a domain name such as example.com</extracomment>
        <translation>un host del dominio %1 del servidor de retransmisión</translation>
    </message>
</context>
<context>
    <name>RouteAnalyzer</name>
    <message>
        <source>%1 recorded that it received the message from %2 (%3).</source>
        <extracomment>%1 receiving server, %2 sending host, %3 how it relates to the relay</extracomment>
        <translation>%1 registró que recibió el mensaje de %2 (%3).</translation>
    </message>
    <message>
        <source>This hop was written by %1 (%2).</source>
        <extracomment>%1 host name, %2 how it relates to the relay</extracomment>
        <translation>Este salto lo escribió %1 (%2).</translation>
    </message>
    <message>
        <source>The message carries a DKIM signature of %1 (%2).</source>
        <translation>El mensaje lleva una firma DKIM de %1 (%2).</translation>
    </message>
    <message>
        <source>The bounce address (Return-Path) %1 belongs to %2.</source>
        <translation>La dirección de rebote (Return-Path) %1 pertenece a %2.</translation>
    </message>
    <message>
        <source>Received-SPF checked the address %1, the relay&apos;s address.</source>
        <translation>Received-SPF comprobó la dirección %1, que es la del servidor de retransmisión.</translation>
    </message>
    <message>
        <source>%1 received the message directly from %2, an outgoing server of the mail platform, not from the relay.</source>
        <extracomment>%1 receiving server, %2 the platform&apos;s outgoing server</extracomment>
        <translation>%1 recibió el mensaje directamente de %2, un servidor de envío de la plataforma de correo, no del servidor de retransmisión.</translation>
    </message>
    <message>
        <source>The message went through the mail platform&apos;s servers (%1) and no hop shows the relay.</source>
        <translation>El mensaje pasó por los servidores de la plataforma de correo (%1) y ningún salto muestra el servidor de retransmisión.</translation>
    </message>
    <message>
        <source>The header x-mclm-sbr-processed: true shows that the platform&apos;s sender-based routing handled the message (it does not say through which send connector).</source>
        <translation>El encabezado x-mclm-sbr-processed: true indica que el enrutamiento basado en el remitente de la plataforma procesó el mensaje (no indica a través de qué conector de envío).</translation>
    </message>
</context>
<context>
    <name>RouteVerdictNames</name>
    <message>
        <source>strong</source>
        <extracomment>Strength of a piece of evidence that a message went through a relay</extracomment>
        <translation>fuerte</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>supporting</source>
        <translation>indicio</translation>
    </message>
    <message>
        <source>against</source>
        <translation>en contra</translation>
    </message>
    <message>
        <source>No send connector given: the route was not checked.</source>
        <translation>No se ha indicado ningún conector de envío: no se ha comprobado la ruta.</translation>
    </message>
    <message>
        <source>The message went through the send connector&apos;s relay.</source>
        <translation>El mensaje pasó por el servidor de retransmisión del conector de envío.</translation>
    </message>
    <message>
        <source>The message probably went through the relay, but no hop written by the next server proves it.</source>
        <translation>Probablemente el mensaje pasó por el servidor de retransmisión, pero ningún salto escrito por el servidor siguiente lo demuestra.</translation>
    </message>
    <message>
        <source>The headers contradict each other: some show the relay, others show the platform&apos;s own outgoing servers.</source>
        <translation>Los encabezados se contradicen: unos muestran el servidor de retransmisión y otros, los servidores de envío de la propia plataforma.</translation>
    </message>
    <message>
        <source>The message did not go through the send connector&apos;s relay.</source>
        <translation>El mensaje no pasó por el servidor de retransmisión del conector de envío.</translation>
    </message>
</context>
<context>
    <name>ScreenshotTaker</name>
    <message numerus="yes">
        <source>The first load did not finish within %n second(s).</source>
        <translation>
            <numerusform>La primera carga no ha terminado en %n segundo.</numerusform>
            <numerusform>La primera carga no ha terminado en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation>Error de carga: %1</translation>
    </message>
    <message>
        <source>There is no send connector to show in a dialog.</source>
        <translation>No hay ningún conector de envío que mostrar en un cuadro de diálogo.</translation>
    </message>
    <message>
        <source>The dialog closed before it could be grabbed.</source>
        <translation>El cuadro de diálogo se cerró antes de poder capturarlo.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se ha podido escribir %1.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2×%3).</source>
        <translation>Se ha guardado %1 (%2×%3).</translation>
    </message>
    <message>
        <source>Screenshot failed: %1</source>
        <translation>Error en la captura de pantalla: %1</translation>
    </message>
    <message>
        <source>The main window has no header viewer.</source>
        <translation>La ventana principal no tiene visor de encabezados.</translation>
    </message>
</context>
<context>
    <name>SendConnector</name>
    <message>
        <source>unknown mechanism %1</source>
        <translation>mecanismo desconocido %1</translation>
    </message>
    <message>
        <source>unknown state %1</source>
        <translation>estado desconocido %1</translation>
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
        <translation>Conectores de envío</translation>
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
        <translation>Dominios</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n dominio</numerusform>
            <numerusform>%n dominios</numerusform>
        </translation>
    </message>
    <message>
        <source>New accounts: %1</source>
        <extracomment>%1 is the connector new accounts of the domain get, or the platform&apos;s server.</extracomment>
        <translation>Cuentas nuevas: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <extracomment>A row of the tree when reading from OVHcloud failed; %1 is OVHcloud&apos;s message.</extracomment>
        <translation>No se ha podido cargar: %1</translation>
    </message>
    <message>
        <source>Offer: %1</source>
        <extracomment>%1 is the offer, e.g. &quot;Private Exchange (dedicated)&quot;.</extracomment>
        <translation>Oferta: %1</translation>
    </message>
    <message>
        <source>TLS required</source>
        <translation>TLS obligatorio</translation>
    </message>
    <message>
        <source>TLS not required</source>
        <translation>TLS no obligatorio</translation>
    </message>
    <message>
        <source>Authentication: %1</source>
        <translation>Autenticación: %1</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n account(s)</source>
        <translation>
            <numerusform>Usado por %n cuenta</numerusform>
            <numerusform>Usado por %n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1 is pending</source>
        <translation>Tarea %1 pendiente</translation>
    </message>
    <message>
        <source>Accounts without a send connector send through the Exchange platform&apos;s own outgoing server.</source>
        <translation>Las cuentas sin conector de envío envían a través del servidor de envío propio de la plataforma Exchange.</translation>
    </message>
    <message>
        <source>%1

Retry from the context menu or with a double-click.</source>
        <translation>%1

Vuelva a intentarlo desde el menú contextual o con un doble clic.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>Tree column: the relay (host:port) of a connector, the offer of a service…</extracomment>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>TLS</source>
        <extracomment>Narrow tree column header: whether the connector requires TLS.</extracomment>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Auth</source>
        <extracomment>Narrow tree column header: whether the connector logs in to the relay.</extracomment>
        <translation>Auth</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Accounts</source>
        <extracomment>Tree column header: number of accounts attached.</extracomment>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Whether the connector requires TLS to reach its relay</source>
        <translation>Si el conector requiere TLS para conectarse a su servidor de retransmisión</translation>
    </message>
    <message>
        <source>How the connector authenticates to its relay</source>
        <translation>Cómo se autentica el conector ante su servidor de retransmisión</translation>
    </message>
    <message>
        <source>Accounts that send through the connector</source>
        <translation>Cuentas que envían a través del conector</translation>
    </message>
    <message>
        <source>changing connector…</source>
        <extracomment>Shown for an account whose attach or detach is on its way.</extracomment>
        <translation>cambiando de conector…</translation>
    </message>
    <message>
        <source>Changing its send connector…</source>
        <extracomment>Tooltip of an account whose attach or detach is on its way.</extracomment>
        <translation>Cambiando su conector de envío…</translation>
    </message>
    <message>
        <source>The connector new accounts of this domain get. Existing accounts are not changed. Drop a connector here to change it.</source>
        <translation>El conector que reciben las nuevas cuentas de este dominio. Las cuentas existentes no se modifican. Suelte aquí un conector para cambiarlo.</translation>
    </message>
</context>
<context>
    <name>ServiceTreeModel</name>
    <message>
        <source>Changes are not possible here.</source>
        <translation>Aquí no se pueden realizar cambios.</translation>
    </message>
    <message>
        <source>Only accounts and send connectors can be dropped here.</source>
        <translation>Aquí solo se pueden soltar cuentas y conectores de envío.</translation>
    </message>
    <message>
        <source>This was dragged from another version of Smarthost: drag it again from this window.</source>
        <translation>Este elemento se ha arrastrado desde otra versión de Smarthost: vuelva a arrastrarlo desde esta ventana.</translation>
    </message>
    <message>
        <source>Drop accounts onto a send connector, or onto “Platform outgoing server” to detach them.</source>
        <translation>Suelte las cuentas en un conector de envío, o en «Servidor de envío de la plataforma» para desvincularlas.</translation>
    </message>
    <message>
        <source>These accounts belong to %1: they can only use that service&apos;s connectors.</source>
        <extracomment>%1 is the service the dragged accounts belong to.</extracomment>
        <translation>Estas cuentas pertenecen a %1: solo pueden usar los conectores de ese servicio.</translation>
    </message>
    <message>
        <source>Drop a connector onto a domain to make it the default for the domain&apos;s new accounts.</source>
        <translation>Suelte un conector en un dominio para convertirlo en el predeterminado de las nuevas cuentas de ese dominio.</translation>
    </message>
    <message>
        <source>This connector belongs to %1: only that service&apos;s domains can use it.</source>
        <translation>Este conector pertenece a %1: solo pueden usarlo los dominios de ese servicio.</translation>
    </message>
</context>
<context>
    <name>ServiceTreeView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Copy Message</source>
        <translation>&amp;Copiar mensaje</translation>
    </message>
</context>
<context>
    <name>ServicesCommand</name>
    <message>
        <source>send connectors not supported</source>
        <translation>conectores de envío no admitidos</translation>
    </message>
    <message>
        <source>ORGANIZATION</source>
        <translation>ORGANIZACIÓN</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICIO</translation>
    </message>
    <message>
        <source>OFFER</source>
        <translation>OFERTA</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
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
        <translation>Probando las claves con OVHcloud…</translation>
    </message>
    <message>
        <source>Asking OVHcloud for a consumer key…</source>
        <translation>Solicitando una clave de consumidor a OVHcloud…</translation>
    </message>
    <message>
        <source>Waiting for your approval. Log in to OVHcloud on the page that opened in your browser and allow the access; Smarthost goes on by itself as soon as the key is approved.</source>
        <translation>Esperando su aprobación. Inicie sesión en OVHcloud en la página que se ha abierto en su navegador y autorice el acceso; Smarthost continuará automáticamente en cuanto se apruebe la clave.</translation>
    </message>
    <message>
        <source>The key is approved. Testing it…</source>
        <translation>La clave se ha aprobado. Probándola…</translation>
    </message>
    <message>
        <source>Saving the profile; its secrets go to the %1…</source>
        <translation>Guardando el perfil; sus secretos se guardan en %1…</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Detalle: %1</translation>
    </message>
    <message>
        <source>The keys work, but no system keychain is available to keep their secrets, and Smarthost never writes them to a file.</source>
        <translation>Las claves funcionan, pero no hay ningún llavero del sistema disponible para guardar sus secretos, y Smarthost nunca los escribe en un archivo.</translation>
    </message>
    <message>
        <source>You can keep them in memory for this session only: Smarthost works until you quit, and you sign in again next time.</source>
        <translation>Puede conservarlos en memoria solo durante esta sesión: Smarthost funcionará hasta que lo cierre y la próxima vez tendrá que volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>The keys work, but the %1 did not save their secrets.</source>
        <translation>Las claves funcionan, pero %1 no ha guardado sus secretos.</translation>
    </message>
    <message>
        <source>Go back to try again, or keep the secrets in memory for this session only.</source>
        <translation>Vuelva atrás para intentarlo de nuevo o conserve los secretos en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <source>Keeping the secrets in memory for this session…</source>
        <translation>Conservando los secretos en memoria durante esta sesión…</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>el llavero</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In to OVHcloud</source>
        <translation>Iniciar sesión en OVHcloud</translation>
    </message>
    <message>
        <source>Smarthost works with the OVHcloud API through keys of your own. It tests them before saving anything, and keeps the secrets in the system keychain, never in a file.</source>
        <translation>Smarthost trabaja con la API de OVHcloud mediante sus propias claves. Las prueba antes de guardar nada y conserva los secretos en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>A name for these keys, e.g. one profile per customer</source>
        <translation>Un nombre para estas claves, p. ej., un perfil por cliente</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;vanzado</translation>
    </message>
    <message>
        <source>Use another API address instead of a region</source>
        <translation>Usar otra dirección de API en lugar de una región</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL de la API:</translation>
    </message>
    <message>
        <source>https://eu.api.ovh.com/1.0</source>
        <translation>https://eu.api.ovh.com/1.0</translation>
    </message>
    <message>
        <source>How to Sign In</source>
        <translation>Método de inicio de sesión</translation>
    </message>
    <message>
        <source>I &amp;have keys</source>
        <translation>&amp;Tengo claves</translation>
    </message>
    <message>
        <source>&amp;Create a key for me</source>
        <translation>&amp;Crear una clave para mí</translation>
    </message>
    <message>
        <source>Service &amp;account (OAuth2)</source>
        <translation>Cuenta de &amp;servicio (OAuth2)</translation>
    </message>
    <message>
        <source>&amp;Import ovh.conf</source>
        <translation>I&amp;mportar ovh.conf</translation>
    </message>
    <message>
        <source>Enter the three keys of an application you created on OVHcloud&apos;s createApp page, with a consumer key allowed to use /email/exchange.</source>
        <translation>Introduzca las tres claves de una aplicación que haya creado en la página createApp de OVHcloud, con una clave de consumidor autorizada a usar /email/exchange.</translation>
    </message>
    <message>
        <source>Application &amp;key:</source>
        <translation>C&amp;lave de aplicación:</translation>
    </message>
    <message>
        <source>Application s&amp;ecret:</source>
        <translation>S&amp;ecreto de aplicación:</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <comment>Show the secret in clear</comment>
        <translation>M&amp;ostrar</translation>
    </message>
    <message>
        <source>Show the application secret</source>
        <translation>Mostrar el secreto de aplicación</translation>
    </message>
    <message>
        <source>Co&amp;nsumer key:</source>
        <translation>Clave de co&amp;nsumidor:</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <comment>Show the consumer key in clear</comment>
        <translation>Mostr&amp;ar</translation>
    </message>
    <message>
        <source>Show the consumer key</source>
        <translation>Mostrar la clave de consumidor</translation>
    </message>
    <message>
        <source>Create an application on OVHcloud (any name and description will do), then enter its key and secret here. Smarthost asks OVHcloud for a consumer key and opens a page where you approve it.</source>
        <translation>Cree una aplicación en OVHcloud (sirve cualquier nombre y descripción) y, a continuación, introduzca aquí su clave y su secreto. Smarthost solicita a OVHcloud una clave de consumidor y abre una página en la que usted la aprueba.</translation>
    </message>
    <message>
        <source>Create an Application on OVHc&amp;loud…</source>
        <translation>Crear una aplicación en OV&amp;Hcloud…</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <comment>Show the secret in clear</comment>
        <translation>Mostr&amp;ar</translation>
    </message>
    <message>
        <source>The consumer key may only use GET, POST, PUT and DELETE on /email/exchange/*, and nothing else in your account.</source>
        <translation>La clave de consumidor solo podrá usar GET, POST, PUT y DELETE en /email/exchange/*, y nada más de su cuenta.</translation>
    </message>
    <message>
        <source>A service account of your OVHcloud account, with an IAM policy that allows the Exchange actions. Smarthost gets a token from the region&apos;s OAuth2 server and renews it before it expires.</source>
        <translation>Una cuenta de servicio de su cuenta de OVHcloud, con una política IAM que permita las acciones de Exchange. Smarthost obtiene un token del servidor OAuth2 de la región y lo renueva antes de que caduque.</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>I&amp;D de cliente:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecreto de cliente:</translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation>Mostrar el secreto de cliente</translation>
    </message>
    <message>
        <source>&amp;Default places: OVH_* variables, ./ovh.conf, ~/.ovh.conf, /etc/ovh.conf</source>
        <translation>Ubicaciones pre&amp;determinadas: variables OVH_*, ./ovh.conf, ~/.ovh.conf, /etc/ovh.conf</translation>
    </message>
    <message>
        <source>&amp;This file:</source>
        <translation>&amp;Este archivo:</translation>
    </message>
    <message>
        <source>/path/to/ovh.conf</source>
        <translation>/ruta/a/ovh.conf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Found in:</source>
        <translation>Encontrado en:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpoint:</translation>
    </message>
    <message>
        <source>Application key:</source>
        <translation>Clave de aplicación:</translation>
    </message>
    <message>
        <source>Application secret:</source>
        <translation>Secreto de aplicación:</translation>
    </message>
    <message>
        <source>Consumer key:</source>
        <translation>Clave de consumidor:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID de cliente:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secreto de cliente:</translation>
    </message>
    <message>
        <source>No page? Open this address:</source>
        <translation>¿No se ha abierto la página? Abra esta dirección:</translation>
    </message>
    <message>
        <source>Open the Page A&amp;gain</source>
        <translation>Volver a abrir la pá&amp;gina</translation>
    </message>
    <message>
        <source>Stop &amp;Waiting</source>
        <translation>&amp;Dejar de esperar</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Keep in &amp;Memory for This Session</source>
        <translation>Conservar en memoria &amp;durante esta sesión</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Smarthost could not open a web browser. Open this address yourself: %1</source>
        <translation>Smarthost no ha podido abrir un navegador web. Abra usted mismo esta dirección: %1</translation>
    </message>
    <message>
        <source>Stopped waiting: the consumer key was not approved, and nothing was saved.</source>
        <translation>Se ha dejado de esperar: la clave de consumidor no se ha aprobado y no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Click Sign In again to save the profile.</source>
        <translation>Vuelva a hacer clic en Iniciar sesión para guardar el perfil.</translation>
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
        <translation>Ya existe un perfil con el nombre «%1»: al iniciar sesión se sustituirán sus claves.</translation>
    </message>
    <message>
        <source>Save one profile per customer, say, and switch between them from the File menu.</source>
        <translation>Puede guardar, por ejemplo, un perfil por cliente y cambiar de uno a otro desde el menú Archivo.</translation>
    </message>
    <message>
        <source>Enter the address of the API, e.g. https://eu.api.ovh.com/1.0.</source>
        <translation>Introduzca la dirección de la API, p. ej., https://eu.api.ovh.com/1.0.</translation>
    </message>
    <message>
        <source>Enter the application key, the application secret and the consumer key.</source>
        <translation>Introduzca la clave de aplicación, el secreto de aplicación y la clave de consumidor.</translation>
    </message>
    <message>
        <source>Enter the key and the secret of your application.</source>
        <translation>Introduzca la clave y el secreto de su aplicación.</translation>
    </message>
    <message>
        <source>Enter the client ID and the client secret of the service account.</source>
        <translation>Introduzca el ID de cliente y el secreto de cliente de la cuenta de servicio.</translation>
    </message>
    <message>
        <source>The configuration has no complete set of keys.</source>
        <translation>La configuración no contiene un conjunto completo de claves.</translation>
    </message>
    <message>
        <source>Keys never contain spaces: check what was pasted.</source>
        <translation>Las claves nunca contienen espacios: compruebe lo que ha pegado.</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Introduzca un nombre para el perfil.</translation>
    </message>
    <message numerus="yes">
        <source>The profile name is too long: %n character(s) at most.</source>
        <translation>
            <numerusform>El nombre del perfil es demasiado largo: %n carácter como máximo.</numerusform>
            <numerusform>El nombre del perfil es demasiado largo: %n caracteres como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile name cannot contain control characters.</source>
        <translation>El nombre del perfil no puede contener caracteres de control.</translation>
    </message>
</context>
<context>
    <name>SimCommandLine</name>
    <message>
        <source>Simulates the OVHcloud API v1 (Exchange send connectors) on 127.0.0.1 for demos and tests. Runs until interrupted.</source>
        <translation>Simula la API v1 de OVHcloud (conectores de envío de Exchange) en 127.0.0.1 para demostraciones y pruebas. Se ejecuta hasta que se interrumpe.</translation>
    </message>
    <message>
        <source>Port to listen on (default: chosen by the system).</source>
        <translation>Puerto de escucha (predeterminado: lo elige el sistema).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>Adds N generated accounts user0001@mydomain.ovh….</source>
        <translation>Añade N cuentas generadas user0001@mydomain.ovh….</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Adds a Hosted Exchange organization (hosted-zz222222-1).</source>
        <translation>Añade una organización Hosted Exchange (hosted-zz222222-1).</translation>
    </message>
    <message>
        <source>Delays every answer by this many milliseconds.</source>
        <translation>Retrasa cada respuesta este número de milisegundos.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Duration of each task step (todo, doing) in milliseconds.</source>
        <translation>Duración de cada paso de una tarea (todo, doing), en milisegundos.</translation>
    </message>
    <message>
        <source>Ignores the X-Pagination-Mode header (plain id lists only).</source>
        <translation>Ignora el encabezado X-Pagination-Mode (solo listas simples de ID).</translation>
    </message>
    <message>
        <source>Ignores the X-Ovh-Batch header (comma-joined ids are one id).</source>
        <translation>Ignora el encabezado X-Ovh-Batch (los ID unidos por comas se tratan como un solo ID).</translation>
    </message>
    <message>
        <source>Server clock minus local clock, in seconds.</source>
        <translation>Reloj del servidor menos reloj local, en segundos.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>regla</translation>
    </message>
    <message>
        <source>Seed of every pseudo-random choice.</source>
        <translation>Semilla de todas las elecciones pseudoaleatorias.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>Prints one line per answered request on standard error.</source>
        <translation>Escribe en la salida de error estándar una línea por cada solicitud respondida.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535.</source>
        <translation>--port requiere un número entre 0 y 65535.</translation>
    </message>
    <message>
        <source>--accounts needs a number from 0 to 100000.</source>
        <translation>--accounts requiere un número entre 0 y 100000.</translation>
    </message>
    <message>
        <source>--latency-ms and --task-ms need a number of milliseconds.</source>
        <translation>--latency-ms y --task-ms requieren un número de milisegundos.</translation>
    </message>
    <message>
        <source>--clock-offset needs a number of seconds.</source>
        <translation>--clock-offset requiere un número de segundos.</translation>
    </message>
    <message>
        <source>--seed needs a number from 0 to 4294967295.</source>
        <translation>--seed requiere un número entre 0 y 4294967295.</translation>
    </message>
    <message>
        <source># ovh.conf (signed requests)</source>
        <translation># ovh.conf (solicitudes firmadas)</translation>
    </message>
    <message>
        <source># or as environment variables</source>
        <translation># o como variables de entorno</translation>
    </message>
    <message>
        <source># OAuth2 service account (instead of the keys above), token URL %1</source>
        <translation># Cuenta de servicio OAuth2 (en lugar de las claves anteriores), URL del token %1</translation>
    </message>
    <message>
        <source># Press Ctrl+C to stop.</source>
        <translation># Pulse Ctrl+C para detener el simulador.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1: %2</source>
        <translation>No se puede escuchar en 127.0.0.1, puerto %1: %2</translation>
    </message>
    <message>
        <source>Injects a fault: METHOD:REGEX:KIND[:RATE[:COUNT]], e.g. &quot;*:/sendConnector:503:0.5&quot;; COUNT: at most that many times. Kinds: %1. Repeatable.</source>
        <translation>Inyecta un fallo: METHOD:REGEX:KIND[:RATE[:COUNT]], p. ej. &quot;*:/sendConnector:503:0.5&quot;; COUNT: como máximo ese número de veces. Tipos: %1. Repetible.</translation>
    </message>
</context>
<context>
    <name>SmtpConnection</name>
    <message>
        <source>Ignored data sent before the TLS handshake.</source>
        <translation>Se han ignorado datos enviados antes de la negociación TLS.</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>Problema con el certificado: %1</translation>
    </message>
    <message>
        <source>TLS established: %1, %2, certificate %3</source>
        <translation>TLS establecido: %1, %2, certificado %3</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NO verificado</translation>
    </message>
    <message>
        <source>Ignored a reply sent before the TLS handshake.</source>
        <translation>Se ha ignorado una respuesta enviada antes de la negociación TLS.</translation>
    </message>
</context>
<context>
    <name>SmtpProbe</name>
    <message>
        <source>No smart host or port to probe.</source>
        <translation>No hay ningún host inteligente ni puerto que sondear.</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2…</source>
        <translation>Conectando a %1, puerto %2…</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 with implicit TLS</source>
        <translation>Conectando a %1, puerto %2, con TLS implícito</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2</source>
        <translation>Conectando a %1, puerto %2</translation>
    </message>
    <message>
        <source>TLS is not available on this system.</source>
        <translation>TLS no está disponible en este sistema.</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>Negotiating TLS…</source>
        <translation>Negociando TLS…</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s greeting…</source>
        <translation>Esperando el saludo del servidor…</translation>
    </message>
    <message>
        <source>Sending EHLO…</source>
        <translation>Enviando EHLO…</translation>
    </message>
    <message>
        <source>Sending HELO…</source>
        <translation>Enviando HELO…</translation>
    </message>
    <message>
        <source>Starting TLS…</source>
        <translation>Iniciando TLS…</translation>
    </message>
    <message>
        <source>Credentials not sent: the connection is not encrypted.</source>
        <translation>Credenciales no enviadas: la conexión no está cifrada.</translation>
    </message>
    <message>
        <source>Credentials not sent: the certificate did not verify.</source>
        <translation>Credenciales no enviadas: no se ha podido verificar el certificado.</translation>
    </message>
    <message>
        <source>Logging in with AUTH %1…</source>
        <translation>Iniciando sesión con AUTH %1…</translation>
    </message>
    <message>
        <source>Closing the session…</source>
        <translation>Cerrando la sesión…</translation>
    </message>
    <message>
        <source>No reply to QUIT; closing.</source>
        <translation>Sin respuesta a QUIT; cerrando.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Detenido: %1</translation>
    </message>
</context>
<context>
    <name>SmtpReplyParser</name>
    <message>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation>El servidor ha enviado una línea de más de %1 bytes.</translation>
    </message>
    <message>
        <source>The server sent a line that is not an SMTP reply: %1</source>
        <translation>El servidor ha enviado una línea que no es una respuesta SMTP: %1</translation>
    </message>
    <message>
        <source>The server changed the reply code inside a multi-line reply (%1 then %2).</source>
        <translation>El servidor ha cambiado el código de respuesta dentro de una respuesta multilínea (%1 y luego %2).</translation>
    </message>
    <message>
        <source>The server sent a reply longer than %1 lines.</source>
        <translation>El servidor ha enviado una respuesta de más de %1 líneas.</translation>
    </message>
</context>
<context>
    <name>TaskDock</name>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <source>%1 on %2</source>
        <extracomment>Task list: %1 is what the task works on, %2 the Exchange service.</extracomment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Not followed</source>
        <extracomment>Task list: Smarthost could not follow the task (it may still run).</extracomment>
        <translation>Sin seguimiento</translation>
    </message>
    <message>
        <source>OVHcloud task %1</source>
        <extracomment>Task list tooltip: %1 is OVHcloud&apos;s task id.</extracomment>
        <translation>Tarea %1 de OVHcloud</translation>
    </message>
    <message>
        <source>Function</source>
        <extracomment>Task list column: the API&apos;s task function, e.g. addSendConnector.</extracomment>
        <translation>Función</translation>
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
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>TaskWatcher</name>
    <message>
        <source>Stopped following task %1; it may still finish on OVHcloud&apos;s side.</source>
        <translation>Se ha dejado de seguir la tarea %1; es posible que aún termine en OVHcloud.</translation>
    </message>
    <message numerus="yes">
        <source>Task %1 (%2) is still &quot;%3&quot; after %n minute(s).</source>
        <translation>
            <numerusform>La tarea %1 (%2) sigue en estado &quot;%3&quot; después de %n minuto.</numerusform>
            <numerusform>La tarea %1 (%2) sigue en estado &quot;%3&quot; después de %n minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Task %1 (%2) is still &quot;%3&quot; after %n second(s).</source>
        <translation>
            <numerusform>La tarea %1 (%2) sigue &quot;%3&quot; después de %n segundo.</numerusform>
            <numerusform>La tarea %1 (%2) sigue &quot;%3&quot; después de %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TlsInfo</name>
    <message>
        <source>older protocol (%1)</source>
        <extracomment>%1 is Qt&apos;s numeric protocol code</extracomment>
        <translation>protocolo antiguo (%1)</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Route verdict</source>
        <translation>Veredicto de la ruta</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Indicios</translation>
    </message>
    <message>
        <source>Paste the header of a received message to see its route.</source>
        <translation>Pegue el encabezado de un mensaje recibido para ver su ruta.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 a connector&apos;s name, %2 its smart host</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No connector chosen: the route is shown without a verdict</source>
        <translation>Ningún conector elegido: la ruta se muestra sin veredicto</translation>
    </message>
    <message>
        <source>Sent through connector %1</source>
        <extracomment>%1 is the connector: &quot;name (host)&quot; or a host</extracomment>
        <translation>Enviado a través del conector %1</translation>
    </message>
    <message>
        <source>Probably sent through connector %1</source>
        <translation>Probablemente enviado a través del conector %1</translation>
    </message>
    <message>
        <source>Unclear whether it was sent through connector %1</source>
        <translation>No está claro si se envió a través del conector %1</translation>
    </message>
    <message>
        <source>Not sent through %1: no hop shows its relay</source>
        <translation>No enviado a través de %1: ningún salto muestra su servidor de retransmisión</translation>
    </message>
    <message>
        <source>Not sent through %1: left via %2</source>
        <extracomment>%1 the connector, %2 the server the message left through</extracomment>
        <translation>No enviado a través de %1: salió por %2</translation>
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
        <translation>&amp;Nuevo conector…</translation>
    </message>
    <message>
        <source>Add a send connector to the selected service</source>
        <translation>Añadir un conector de envío al servicio seleccionado</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected send connector</source>
        <translation>Editar el conector de envío seleccionado</translation>
    </message>
    <message>
        <source>Change &amp;Authentication…</source>
        <translation>Cambiar &amp;autenticación…</translation>
    </message>
    <message>
        <source>Change how the selected connector logs in to its relay</source>
        <translation>Cambiar cómo se autentica el conector seleccionado ante su servidor de retransmisión</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the selected send connector</source>
        <translation>Eliminar el conector de envío seleccionado</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read the services from OVHcloud again</source>
        <translation>Volver a leer los servicios desde OVHcloud</translation>
    </message>
    <message>
        <source>&amp;Find Account</source>
        <translation>&amp;Buscar cuenta</translation>
    </message>
    <message>
        <source>Filter the accounts</source>
        <translation>Filtrar las cuentas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Smarthost</source>
        <translation>Salir de Smarthost</translation>
    </message>
    <message>
        <source>&amp;About Smarthost</source>
        <translation>&amp;Acerca de Smarthost</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Connector</source>
        <translation>&amp;Conector</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Network Settings…</source>
        <translation>&amp;Configuración de red…</translation>
    </message>
    <message>
        <source>How many requests per second Smarthost sends at most</source>
        <translation>Número máximo de solicitudes por segundo que envía Smarthost</translation>
    </message>
</context>
</TS>
