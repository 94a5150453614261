<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AppsDirRepository</name>
    <message>
        <source>An apps directory must be an absolute path.</source>
        <translation>Un directorio de aplicaciones debe ser una ruta absoluta.</translation>
    </message>
    <message>
        <source>This apps directory is not in the list.</source>
        <translation>Este directorio de aplicaciones no está en la lista.</translation>
    </message>
</context>
<context>
    <name>ArchiveExtractor</name>
    <message>
        <source>the package is not a tar archive compressed with gzip or zstd</source>
        <translation>el paquete no es un archivo tar comprimido con gzip o zstd</translation>
    </message>
    <message>
        <source>the archive is damaged or truncated</source>
        <translation>el archivo comprimido está dañado o truncado</translation>
    </message>
    <message>
        <source>this build of libarchive cannot read gzip or zstd</source>
        <translation>esta compilación de libarchive no puede leer gzip ni zstd</translation>
    </message>
    <message>
        <source>cannot open the package: %1</source>
        <translation>no se puede abrir el paquete: %1</translation>
    </message>
    <message>
        <source>the package is not a regular file</source>
        <translation>el paquete no es un archivo normal</translation>
    </message>
    <message>
        <source>the package is compressed more than once</source>
        <translation>el paquete está comprimido más de una vez</translation>
    </message>
    <message>
        <source>an entry name cannot be decoded</source>
        <translation>no se puede decodificar el nombre de una entrada</translation>
    </message>
    <message>
        <source>the package has more than %1 entries</source>
        <translation>el paquete tiene más de %1 entradas</translation>
    </message>
    <message>
        <source>the extraction was cancelled</source>
        <translation>se canceló la extracción</translation>
    </message>
    <message>
        <source>the entry is a hard link of an unexpected kind</source>
        <translation>la entrada es un enlace duro de un tipo inesperado</translation>
    </message>
    <message>
        <source>the entry is a character device</source>
        <translation>la entrada es un dispositivo de caracteres</translation>
    </message>
    <message>
        <source>the entry is a block device</source>
        <translation>la entrada es un dispositivo de bloques</translation>
    </message>
    <message>
        <source>the entry is a FIFO</source>
        <translation>la entrada es un FIFO</translation>
    </message>
    <message>
        <source>the entry is a socket</source>
        <translation>la entrada es un socket</translation>
    </message>
    <message>
        <source>the entry has an unknown type</source>
        <translation>la entrada tiene un tipo desconocido</translation>
    </message>
    <message>
        <source>the entry has the setuid, setgid or sticky bit (mode %1)</source>
        <translation>la entrada tiene el bit setuid, setgid o sticky (modo %1)</translation>
    </message>
    <message>
        <source>the entry is not a regular file but carries data</source>
        <translation>la entrada no es un archivo normal pero contiene datos</translation>
    </message>
    <message>
        <source>the entry would replace the package root</source>
        <translation>la entrada reemplazaría la raíz del paquete</translation>
    </message>
    <message>
        <source>the name ends in &quot;/&quot; but the entry is not a directory</source>
        <translation>el nombre termina en &quot;/&quot; pero la entrada no es un directorio</translation>
    </message>
    <message>
        <source>the link has no target</source>
        <translation>el enlace no tiene destino</translation>
    </message>
    <message>
        <source>its hard link target &quot;%1&quot;: %2</source>
        <translation>su destino de enlace duro &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the hard link target &quot;%1&quot; is not a file extracted before it</source>
        <translation>el destino de enlace duro &quot;%1&quot; no es un archivo extraído antes que él</translation>
    </message>
    <message>
        <source>the entry&apos;s data is damaged or truncated</source>
        <translation>los datos de la entrada están dañados o truncados</translation>
    </message>
    <message>
        <source>the entry is larger than the limit of %1</source>
        <translation>la entrada supera el límite de %1</translation>
    </message>
    <message>
        <source>the package is larger than the limit of %1</source>
        <translation>el paquete supera el límite de %1</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>no se puede escribir el archivo: %1</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: %2</source>
        <translation>entrada &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the archive is damaged or truncated after entry &quot;%1&quot;</source>
        <translation>el archivo comprimido está dañado o truncado después de la entrada &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Args</name>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>opción desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; takes no value</source>
        <translation>la opción &apos;--%1&apos; no admite ningún valor</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; needs a value</source>
        <translation>la opción &apos;--%1&apos; necesita un valor</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; given twice</source>
        <translation>la opción &apos;--%1&apos; se indicó dos veces</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <source>cannot replace the file: %1</source>
        <translation>no se puede reemplazar el archivo: %1</translation>
    </message>
    <message>
        <source>cannot open the directory to sync it</source>
        <translation>no se puede abrir el directorio para sincronizarlo</translation>
    </message>
    <message>
        <source>cannot sync the directory</source>
        <translation>no se puede sincronizar el directorio</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>An audit entry needs an action.</source>
        <translation>Una entrada de auditoría necesita una acción.</translation>
    </message>
    <message>
        <source>The audit log has no head row.</source>
        <translation>El registro de auditoría no tiene fila de cabecera.</translation>
    </message>
    <message>
        <source>The new audit entry got no id.</source>
        <translation>La nueva entrada de auditoría no recibió ningún id.</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>cannot write the backup: %1</source>
        <translation>no se puede escribir la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>too many backups with the same time stamp</source>
        <translation>demasiadas copias de seguridad con la misma marca de tiempo</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>&quot;%1&quot; is not an RFC 3339 date and time such as 2026-05-01T12:00:00Z</source>
        <translation>&quot;%1&quot; no es una fecha y hora RFC 3339 como 2026-05-01T12:00:00Z</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>debe ser un objeto, no %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid version</source>
        <translation>&quot;%1&quot; no es una versión válida</translation>
    </message>
    <message>
        <source>not 64 hex digits</source>
        <translation>no son 64 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid module name (^[a-z][a-z0-9_]{1,63}$, not &quot;core&quot;)</source>
        <translation>&quot;%1&quot; no es un nombre de módulo válido (^[a-z][a-z0-9_]{1,63}$, no &quot;core&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of core, shared, business</source>
        <translation>&quot;%1&quot; no es uno de core, shared, business</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>debe ser una cadena, no %1</translation>
    </message>
    <message>
        <source>must list at least one version</source>
        <translation>debe indicar al menos una versión</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already listed at versions[%2]</source>
        <translation>&quot;%1&quot; ya figura en versions[%2]</translation>
    </message>
    <message>
        <source>the catalog is larger than %1 bytes</source>
        <translation>el catálogo supera los %1 bytes</translation>
    </message>
    <message>
        <source>the catalog is not valid JSON: %1 at byte %2</source>
        <translation>el catálogo no es JSON válido: %1 en el byte %2</translation>
    </message>
    <message>
        <source>the catalog must be a JSON object</source>
        <translation>el catálogo debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>catalog schema %1 is newer than this program reads (%2); update Mothership</source>
        <translation>el esquema del catálogo %1 es más reciente que el que lee este programa (%2); actualice Mothership</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already listed at modules[%2]</source>
        <translation>&quot;%1&quot; ya figura en modules[%2]</translation>
    </message>
    <message>
        <source>The catalog</source>
        <translation>El catálogo</translation>
    </message>
</context>
<context>
    <name>CatalogVerifier</name>
    <message>
        <source>the catalog is for registry &quot;%1&quot;, but &quot;%2&quot; accepted catalogs of &quot;%3&quot; until now; remove and add the registry again if the publisher renamed it</source>
        <translation>el catálogo es del registro &quot;%1&quot;, pero &quot;%2&quot; aceptaba hasta ahora catálogos de &quot;%3&quot;; quite el registro y vuelva a añadirlo si el editor le cambió el nombre</translation>
    </message>
    <message>
        <source>the catalog&apos;s serial %1 is lower than serial %2 accepted before: refused as a rollback to an older catalog</source>
        <translation>el número de serie %1 del catálogo es inferior al número de serie %2 aceptado antes: se rechaza como reversión a un catálogo anterior</translation>
    </message>
    <message>
        <source>the catalog keeps serial %1 but its content differs from the catalog accepted with that serial: refused (a publisher raises the serial with every change)</source>
        <translation>el catálogo mantiene el número de serie %1 pero su contenido difiere del catálogo aceptado con ese número de serie: se rechaza (un editor incrementa el número de serie con cada cambio)</translation>
    </message>
    <message>
        <source>the catalog (serial %1) expired on %2; it is now %3</source>
        <translation>el catálogo (número de serie %1) caducó el %2; ahora es %3</translation>
    </message>
</context>
<context>
    <name>ConfigSchema</name>
    <message>
        <source>must be a schema (an object), not %1</source>
        <translation>debe ser un esquema (un objeto), no %1</translation>
    </message>
    <message>
        <source>is nested deeper than %1 levels</source>
        <translation>está anidado a más de %1 niveles de profundidad</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>debe ser una cadena, no %1</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>debe ser un número, no %1</translation>
    </message>
    <message>
        <source>must be a whole number of at least 0</source>
        <translation>debe ser un número entero mayor o igual que 0</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>debe ser true o false, no %1</translation>
    </message>
    <message>
        <source>must be a number greater than 0</source>
        <translation>debe ser un número mayor que 0</translation>
    </message>
    <message>
        <source>must be a non-empty array of schemas</source>
        <translation>debe ser un array no vacío de esquemas</translation>
    </message>
    <message>
        <source>must be an object of schemas, not %1</source>
        <translation>debe ser un objeto de esquemas, no %1</translation>
    </message>
    <message>
        <source>unknown schema keyword, kept as is</source>
        <translation>palabra clave de esquema desconocida; se conserva tal cual</translation>
    </message>
    <message>
        <source>must list type names (strings)</source>
        <translation>debe indicar nombres de tipo (cadenas)</translation>
    </message>
    <message>
        <source>must be a type name or a non-empty array of them</source>
        <translation>debe ser un nombre de tipo o un array no vacío de ellos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; no es uno de %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; figura dos veces</translation>
    </message>
    <message>
        <source>must be a regular expression (a string)</source>
        <translation>debe ser una expresión regular (una cadena)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid regular expression: %2</source>
        <translation>&quot;%1&quot; no es una expresión regular válida: %2</translation>
    </message>
    <message>
        <source>must be an array of property names</source>
        <translation>debe ser un array de nombres de propiedad</translation>
    </message>
    <message>
        <source>must be a property name (a string)</source>
        <translation>debe ser un nombre de propiedad (una cadena)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the properties</source>
        <translation>&quot;%1&quot; no es una de las propiedades</translation>
    </message>
    <message>
        <source>%1 is greater than %2 (%3)</source>
        <translation>%1 es mayor que %2 (%3)</translation>
    </message>
    <message>
        <source>must be a non-empty array</source>
        <translation>debe ser un array no vacío</translation>
    </message>
    <message>
        <source>is not of type %1</source>
        <translation>no es de tipo %1</translation>
    </message>
    <message>
        <source>repeats enum[%1]</source>
        <translation>repite enum[%1]</translation>
    </message>
    <message>
        <source>is not one of the enum values</source>
        <translation>no es uno de los valores de enum</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>debe ser un array</translation>
    </message>
    <message>
        <source>must be &quot;object&quot;: a module&apos;s configuration is an object</source>
        <translation>debe ser &quot;object&quot;: la configuración de un módulo es un objeto</translation>
    </message>
</context>
<context>
    <name>CtlContext</name>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date, a time or a duration like 24h</source>
        <translation>&apos;%1&apos; no es una fecha, una hora ni una duración como 24h</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; no es un número</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITIO</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>OBJETO</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MENSAJE</translation>
    </message>
    <message>
        <source>audit verify takes no arguments</source>
        <translation>audit verify no admite argumentos</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries chain correctly.</source>
        <translation>
            <numerusform>El registro de auditoría está intacto: %n entrada se encadena correctamente.</numerusform>
            <numerusform>El registro de auditoría está intacto: %n entradas se encadenan correctamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is broken: %1</source>
        <translation>El registro de auditoría está roto: %1</translation>
    </message>
    <message>
        <source>Try &apos;mothershipctl %1 --help&apos;.</source>
        <translation>Pruebe &apos;mothershipctl %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Try &apos;mothershipctl --help&apos;.</source>
        <translation>Pruebe &apos;mothershipctl --help&apos;.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>error: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>aviso: </translation>
    </message>
    <message>
        <source>warning: probes are running behind schedule (%1 late, %2 skipped, %3 missed; up to %4 ms late, %5 waiting)</source>
        <translation>aviso: las sondas van retrasadas respecto a la programación (%1 con retraso, %2 omitidas, %3 perdidas; hasta %4 ms de retraso, %5 en espera)</translation>
    </message>
    <message>
        <source>warning: cannot store samples: </source>
        <translation>aviso: no se pueden almacenar las muestras: </translation>
    </message>
    <message>
        <source>health takes at most one site name</source>
        <translation>health admite como máximo un nombre de sitio</translation>
    </message>
    <message>
        <source>No probes: no sites yet, or none with a port. Add sites with &apos;mothershipctl scan DIR&apos;.</source>
        <translation>No hay sondas: todavía no hay sitios, o ninguno tiene puerto. Añada sitios con &apos;mothershipctl scan DIR&apos;.</translation>
    </message>
    <message>
        <source>PROBE</source>
        <translation>SONDA</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>LATENCIA</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETALLE</translation>
    </message>
    <message>
        <source>error: the samples were not stored: </source>
        <translation>error: no se almacenaron las muestras: </translation>
    </message>
    <message>
        <source>health history needs one site name</source>
        <translation>health history necesita un nombre de sitio</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration like 24h or 7d, nor a past time</source>
        <translation>&apos;%1&apos; no es una duración como 24h o 7d, ni un momento pasado</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 desde %2 hasta %3</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>ÁMBITO</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>DESDE</translation>
    </message>
    <message>
        <source>UPTIME</source>
        <translation>DISPONIBILIDAD</translation>
    </message>
    <message>
        <source>SAMPLES</source>
        <translation>MUESTRAS</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P95</source>
        <translation>P95</translation>
    </message>
    <message>
        <source>MAX</source>
        <translation>MÁX</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>ÚLTIMO ERROR</translation>
    </message>
    <message>
        <source>~ p50 and p95 merged from one-minute rollups (older than the raw window).</source>
        <translation>~ p50 y p95 combinados a partir de agregados por minuto (más antiguos que la ventana de datos sin procesar).</translation>
    </message>
    <message>
        <source>Transitions:</source>
        <translation>Transiciones:</translation>
    </message>
    <message>
        <source>scan needs at least one apps directory</source>
        <translation>scan necesita al menos un directorio de aplicaciones</translation>
    </message>
    <message>
        <source>Scanned %1: %2 new, %3 updated, %4 unchanged, %5 missing.</source>
        <translation>Analizado %1: %2 nuevos, %3 actualizados, %4 sin cambios, %5 ausentes.</translation>
    </message>
    <message>
        <source> (off)</source>
        <translation> (desactivado)</translation>
    </message>
    <message>
        <source>sites takes no arguments</source>
        <translation>sites no admite argumentos</translation>
    </message>
    <message>
        <source>No sites yet. Add an apps directory with &apos;mothershipctl scan DIR&apos;.</source>
        <translation>Todavía no hay sitios. Añada un directorio de aplicaciones con &apos;mothershipctl scan DIR&apos;.</translation>
    </message>
    <message>
        <source> (derived)</source>
        <translation> (derivado)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PUERTO</translation>
    </message>
    <message>
        <source>DOMAINS</source>
        <translation>DOMINIOS</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENTORNO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>PLUGINS</source>
        <translation>PLUGINS</translation>
    </message>
    <message>
        <source>site show needs one site name</source>
        <translation>site show necesita un nombre de sitio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Dominios</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instancias</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>site title needs a site name and a title (or --clear)</source>
        <translation>site title necesita un nombre de sitio y un título (o --clear)</translation>
    </message>
    <message>
        <source>ports takes no arguments</source>
        <translation>ports no admite argumentos</translation>
    </message>
    <message>
        <source>No port or domain conflicts.</source>
        <translation>No hay conflictos de puertos ni de dominios.</translation>
    </message>
    <message>
        <source>&apos;mothershipctl ports --fix&apos; would:</source>
        <translation>&apos;mothershipctl ports --fix&apos; haría lo siguiente:</translation>
    </message>
    <message>
        <source>  move %1 from port %2 to %3 (%4 in %5)</source>
        <translation>  mover %1 del puerto %2 al %3 (%4 en %5)</translation>
    </message>
    <message>
        <source>Nothing to move.</source>
        <translation>No hay nada que mover.</translation>
    </message>
    <message>
        <source>Moved %1 from port %2 to %3.</source>
        <translation>Se movió %1 del puerto %2 al %3.</translation>
    </message>
    <message>
        <source>  changed %1 (%2); the previous version is in %3</source>
        <translation>  se modificó %1 (%2); la versión anterior está en %3</translation>
    </message>
    <message>
        <source>no backup: new file</source>
        <translation>sin copia de seguridad: archivo nuevo</translation>
    </message>
    <message>
        <source>still: </source>
        <translation>persiste: </translation>
    </message>
    <message>
        <source>context needs exactly one of --domain D, --port P or --context C</source>
        <translation>context necesita exactamente una de las opciones --domain D, --port P o --context C</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number</source>
        <translation>&apos;%1&apos; no es un número de puerto</translation>
    </message>
    <message>
        <source>No site serves it, and no fallback site is configured.</source>
        <translation>Ningún sitio lo sirve y no hay ningún sitio de reserva configurado.</translation>
    </message>
    <message>
        <source>its domain %1</source>
        <translation>su dominio %1</translation>
    </message>
    <message>
        <source>the wildcard %1</source>
        <translation>el comodín %1</translation>
    </message>
    <message>
        <source>its port %1</source>
        <translation>su puerto %1</translation>
    </message>
    <message>
        <source>its context %1</source>
        <translation>su contexto %1</translation>
    </message>
    <message>
        <source>the fallback: nothing else matched</source>
        <translation>el sitio de reserva: no coincidió nada más</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (por %2)</translation>
    </message>
    <message>
        <source>warning: %1 match just as well; fix the conflict</source>
        <translation>aviso: %1 coinciden igual de bien; corrija el conflicto</translation>
    </message>
    <message>
        <source>license trust needs an issuer and a JWK file</source>
        <translation>license trust necesita un emisor y un archivo JWK</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>this file is too large to be a JWK</source>
        <translation>este archivo es demasiado grande para ser un JWK</translation>
    </message>
    <message>
        <source>Licenses issued by %1 are verified with this key.</source>
        <translation>Las licencias emitidas por %1 se verifican con esta clave.</translation>
    </message>
    <message>
        <source>Licenses issued by %1 are verified with key %2.</source>
        <translation>Las licencias emitidas por %1 se verifican con la clave %2.</translation>
    </message>
    <message>
        <source>license check needs a module</source>
        <translation>license check necesita un módulo</translation>
    </message>
    <message>
        <source>license check needs --license-file FILE, or --site SITE to check the key the keychain holds for it</source>
        <translation>license check necesita --license-file FILE, o --site SITE para comprobar la clave que el llavero guarda para él</translation>
    </message>
    <message>
        <source>Valid license for %1, issued by %2 to %3 (%4), until %5.</source>
        <translation>Licencia válida para %1, emitida por %2 a %3 (%4), hasta %5.</translation>
    </message>
    <message>
        <source>the catalog is too large</source>
        <translation>el catálogo es demasiado grande</translation>
    </message>
    <message>
        <source>two catalogs call themselves &quot;%1&quot;</source>
        <translation>dos catálogos se llaman a sí mismos &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no registry is configured: add one with &apos;mothershipctl registry add NAME URL --key FILE&apos;, or pass --catalog FILE</source>
        <translation>no hay ningún registro configurado: añada uno con &apos;mothershipctl registry add NAME URL --key FILE&apos; o indique --catalog FILE</translation>
    </message>
    <message>
        <source>mothershipctl: warning: %1</source>
        <translation>mothershipctl: aviso: %1</translation>
    </message>
    <message>
        <source>Operation %1 failed; the site is as it was before.</source>
        <translation>La operación %1 falló; el sitio está como estaba antes.</translation>
    </message>
    <message>
        <source>Operation %1 failed and the site could not be put back: run &apos;mothershipctl recover&apos;.</source>
        <translation>La operación %1 falló y no se pudo restaurar el sitio: ejecute &apos;mothershipctl recover&apos;.</translation>
    </message>
    <message>
        <source>Nothing to do on %1.</source>
        <translation>No hay nada que hacer en %1.</translation>
    </message>
    <message>
        <source>Operation %1 on %2 succeeded:</source>
        <translation>La operación %1 en %2 se completó correctamente:</translation>
    </message>
    <message>
        <source>MODULE</source>
        <translation>MÓDULO</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSIÓN</translation>
    </message>
    <message>
        <source>install needs a site and at least one MODULE[@VERSION]</source>
        <translation>install necesita un sitio y al menos un MODULE[@VERSION]</translation>
    </message>
    <message>
        <source>upgrade needs a site and one MODULE[@VERSION]</source>
        <translation>upgrade necesita un sitio y un MODULE[@VERSION]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version</source>
        <translation>&apos;%1&apos; no es una versión</translation>
    </message>
    <message>
        <source>%1 needs a site and a module</source>
        <translation>%1 necesita un sitio y un módulo</translation>
    </message>
    <message>
        <source>modules needs a site</source>
        <translation>modules necesita un sitio</translation>
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
        <source>ENABLED</source>
        <translation>ACTIVADO</translation>
    </message>
    <message>
        <source>PREVIOUS</source>
        <translation>ANTERIOR</translation>
    </message>
    <message>
        <source>ON DISK</source>
        <translation>EN DISCO</translation>
    </message>
    <message>
        <source>recover takes no arguments</source>
        <translation>recover no admite argumentos</translation>
    </message>
    <message>
        <source>Nothing to recover: no operation was interrupted.</source>
        <translation>No hay nada que recuperar: no se interrumpió ninguna operación.</translation>
    </message>
    <message>
        <source>OPERATION</source>
        <translation>OPERACIÓN</translation>
    </message>
    <message>
        <source>MODULES</source>
        <translation>MÓDULOS</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLEMA</translation>
    </message>
    <message>
        <source>registry add needs a name and a URL</source>
        <translation>registry add necesita un nombre y una URL</translation>
    </message>
    <message>
        <source>registry add needs the registry&apos;s minisign public key: --key FILE</source>
        <translation>registry add necesita la clave pública minisign del registro: --key FILE</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; no es un número entero</translation>
    </message>
    <message>
        <source>Added registry %1 (%2), trusting key %3. Fetch its catalog with &apos;mothershipctl registry refresh %1&apos;.</source>
        <translation>Se añadió el registro %1 (%2), con confianza en la clave %3. Obtenga su catálogo con &apos;mothershipctl registry refresh %1&apos;.</translation>
    </message>
    <message>
        <source>registry list takes no arguments</source>
        <translation>registry list no admite argumentos</translation>
    </message>
    <message>
        <source>No registries yet. Add one with &apos;mothershipctl registry add NAME URL --key FILE&apos;.</source>
        <translation>Todavía no hay registros. Añada uno con &apos;mothershipctl registry add NAME URL --key FILE&apos;.</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>PRIORIDAD</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>SERIAL</source>
        <translation>N.º DE SERIE</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>CADUCA</translation>
    </message>
    <message>
        <source>REFRESHED</source>
        <translation>ACTUALIZADO</translation>
    </message>
    <message>
        <source>%1: last refresh failed: %2</source>
        <translation>%1: la última actualización falló: %2</translation>
    </message>
    <message>
        <source>registry remove needs a registry name</source>
        <translation>registry remove necesita un nombre de registro</translation>
    </message>
    <message>
        <source>Removed registry %1 and its cached files.</source>
        <translation>Se quitó el registro %1 y sus archivos en caché.</translation>
    </message>
    <message>
        <source>registry refresh takes at most one registry name</source>
        <translation>registry refresh admite como máximo un nombre de registro</translation>
    </message>
    <message>
        <source>No enabled registries to refresh.</source>
        <translation>No hay registros activados que actualizar.</translation>
    </message>
    <message>
        <source>%1: accepted catalog serial %2 (%3 modules)</source>
        <translation>%1: se aceptó el catálogo con número de serie %2 (%3 módulos)</translation>
    </message>
    <message>
        <source>%1: up to date (serial %2)</source>
        <translation>%1: al día (número de serie %2)</translation>
    </message>
    <message>
        <source>%1: refresh failed, the previous catalog stays: %2</source>
        <translation>%1: la actualización falló, se mantiene el catálogo anterior: %2</translation>
    </message>
    <message>
        <source>the secret key is protected by a password: set MINISIGN_PASSWORD, or run on a terminal to be asked</source>
        <translation>la clave secreta está protegida con una contraseña: defina MINISIGN_PASSWORD o ejecute en un terminal para que se le pida</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña para %1: </translation>
    </message>
    <message>
        <source>no password given</source>
        <translation>no se indicó ninguna contraseña</translation>
    </message>
    <message>
        <source>registry index needs the registry&apos;s folder</source>
        <translation>registry index necesita la carpeta del registro</translation>
    </message>
    <message>
        <source>--expires takes a number of days (1 or more)</source>
        <translation>--expires admite un número de días (1 o más)</translation>
    </message>
    <message>
        <source>Wrote %1: registry %2, serial %3, %4 modules, %5 versions, expires %6.</source>
        <translation>Se escribió %1: registro %2, número de serie %3, %4 módulos, %5 versiones, caduca el %6.</translation>
    </message>
    <message>
        <source>Signed with key %1: the catalog and %2 packages (%3 signatures kept).</source>
        <translation>Firmado con la clave %1: el catálogo y %2 paquetes (%3 firmas conservadas).</translation>
    </message>
    <message>
        <source>Not signed: clients refuse an unsigned catalog. Sign with --sign SECRET_KEY.</source>
        <translation>Sin firmar: los clientes rechazan un catálogo sin firmar. Fírmelo con --sign SECRET_KEY.</translation>
    </message>
    <message>
        <source>--limit takes a number</source>
        <translation>--limit admite un número</translation>
    </message>
    <message>
        <source>warning: registry %1 has no usable catalog: %2</source>
        <translation>aviso: el registro %1 no tiene ningún catálogo utilizable: %2</translation>
    </message>
    <message>
        <source>No module matches.</source>
        <translation>Ningún módulo coincide.</translation>
    </message>
    <message>
        <source>LATEST</source>
        <translation>ÚLTIMA</translation>
    </message>
    <message>
        <source>REGISTRY</source>
        <translation>REGISTRO</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPCIÓN</translation>
    </message>
    <message>
        <source>pack needs the module&apos;s folder</source>
        <translation>pack necesita la carpeta del módulo</translation>
    </message>
    <message>
        <source>give -o or --output, not both</source>
        <translation>indique -o o --output, no ambos</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes, %3 entries)
sha256 %4</source>
        <translation>Se escribió %1 (%2 bytes, %3 entradas)
sha256 %4</translation>
    </message>
    <message>
        <source>resolve needs a site and at least one MODULE[@RANGE]</source>
        <translation>resolve necesita un sitio y al menos un MODULE[@RANGE]</translation>
    </message>
    <message>
        <source>; pass --core VERSION or run &apos;mothershipctl settings set %1 VERSION&apos;</source>
        <translation>; indique --core VERSION o ejecute &apos;mothershipctl settings set %1 VERSION&apos;</translation>
    </message>
    <message>
        <source>mothershipctl: %1</source>
        <translation>mothershipctl: %1</translation>
    </message>
    <message>
        <source>Nothing to do: everything asked for is installed.</source>
        <translation>No hay nada que hacer: todo lo solicitado está instalado.</translation>
    </message>
    <message>
        <source>Plan for %1 (platform core %2), in install order:</source>
        <translation>Plan para %1 (núcleo de la plataforma %2), en orden de instalación:</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <source>settings [list] | get KEY | set KEY VALUE | unset KEY</source>
        <translation>settings [list] | get KEY | set KEY VALUE | unset KEY</translation>
    </message>
    <message>
        <source>snapshot export needs a file name</source>
        <translation>snapshot export necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>Wrote %1: %2 rows of %3.</source>
        <translation>Se escribió %1: %2 filas de %3.</translation>
    </message>
    <message>
        <source>snapshot open needs a file name</source>
        <translation>snapshot open necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>Snapshot of %1, taken %2 on %3 by %4 (Mothership %5), read-only.</source>
        <translation>Instantánea de %1, tomada el %2 en %3 por %4 (Mothership %5), de solo lectura.</translation>
    </message>
    <message>
        <source>Usage: mothershipctl [--db PATH|URL] [--json] COMMAND [ARGS...]</source>
        <translation>Uso: mothershipctl [--db PATH|URL] [--json] COMMAND [ARGS...]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opciones globales:</translation>
    </message>
    <message>
        <source>  --db PATH|URL   the database (default: %1)</source>
        <translation>  --db PATH|URL   la base de datos (predeterminada: %1)</translation>
    </message>
    <message>
        <source>  --json          machine-readable output (see docs/cli.md)</source>
        <translation>  --json          salida legible por máquina (consulte docs/cli.md)</translation>
    </message>
    <message>
        <source>  --help          this help, or a command&apos;s with COMMAND --help</source>
        <translation>  --help          esta ayuda, o la de una orden con COMMAND --help</translation>
    </message>
    <message>
        <source>  --version       the program&apos;s version</source>
        <translation>  --version       la versión del programa</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 the operation failed, 2 bad usage.</source>
        <translation>Estado de salida: 0 éxito, 1 la operación falló, 2 uso incorrecto.</translation>
    </message>
    <message>
        <source>option &apos;--db&apos; needs a value</source>
        <translation>la opción &apos;--db&apos; necesita un valor</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>orden desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Usage: mothershipctl %1</source>
        <translation>Uso: mothershipctl %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not create the folder for the database.</source>
        <translation>No se pudo crear la carpeta para la base de datos.</translation>
    </message>
    <message>
        <source>The folder for the database does not exist.</source>
        <translation>La carpeta para la base de datos no existe.</translation>
    </message>
    <message>
        <source>The database cannot use write-ahead logging (is it on a network file system?).</source>
        <translation>La base de datos no puede usar el registro de escritura anticipada (¿está en un sistema de archivos de red?).</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>El controlador SQL de Qt %1 no está instalado.</translation>
    </message>
    <message>
        <source>Could not open the database: %1</source>
        <translation>No se pudo abrir la base de datos: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>There is no writable data folder for the database.</source>
        <translation>No hay ninguna carpeta de datos con permiso de escritura para la base de datos.</translation>
    </message>
    <message>
        <source>Unknown database URL scheme “%1”: use a path, sqlite:// or postgresql://.</source>
        <translation>Esquema de URL de base de datos desconocido “%1”: use una ruta, sqlite:// o postgresql://.</translation>
    </message>
    <message>
        <source>A SQLite URL takes an absolute path and nothing else: sqlite:///path/to/file.db</source>
        <translation>Una URL de SQLite admite una ruta absoluta y nada más: sqlite:///path/to/file.db</translation>
    </message>
    <message>
        <source>This is not a valid PostgreSQL URL.</source>
        <translation>Esta no es una URL de PostgreSQL válida.</translation>
    </message>
    <message>
        <source>The URL names no database: postgresql://user@host/database</source>
        <translation>La URL no indica ninguna base de datos: postgresql://user@host/database</translation>
    </message>
    <message>
        <source>sslmode must be one of %1.</source>
        <translation>sslmode debe ser uno de %1.</translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds.</source>
        <translation>connect_timeout debe ser un número de segundos.</translation>
    </message>
    <message>
        <source>Unknown parameter “%1” in the database URL (known: host, sslmode, connect_timeout).</source>
        <translation>Parámetro desconocido “%1” en la URL de la base de datos (conocidos: host, sslmode, connect_timeout).</translation>
    </message>
</context>
<context>
    <name>DependencyResolver</name>
    <message>
        <source>the platform core version is not known</source>
        <translation>no se conoce la versión del núcleo de la plataforma</translation>
    </message>
    <message>
        <source>The resolver stopped after %1 steps without settling on a set of versions. Pinning some modules to exact versions narrows the search.</source>
        <translation>El resolvedor se detuvo tras %1 pasos sin llegar a un conjunto de versiones. Fijar algunos módulos a versiones exactas reduce la búsqueda.</translation>
    </message>
    <message>
        <source>gave up after %1 steps: the constraints are too tangled to settle</source>
        <translation>se abandonó tras %1 pasos: las restricciones están demasiado enredadas para resolverlas</translation>
    </message>
    <message>
        <source>the installed modules&apos; requirements cannot all hold</source>
        <translation>los requisitos de los módulos instalados no pueden cumplirse todos a la vez</translation>
    </message>
    <message>
        <source>no set of versions satisfies %1 together with the installed modules</source>
        <translation>ningún conjunto de versiones satisface %1 junto con los módulos instalados</translation>
    </message>
</context>
<context>
    <name>DotEnv</name>
    <message>
        <source>invalid variable name at column %1; names are letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, not starting with a digit</source>
        <translation>nombre de variable no válido en la columna %1; los nombres son letras, dígitos, &apos;_&apos;, &apos;.&apos; y &apos;-&apos;, y no empiezan por un dígito</translation>
    </message>
    <message>
        <source>expected KEY=VALUE</source>
        <translation>se esperaba KEY=VALUE</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote at column %1</source>
        <translation>texto inesperado después de la comilla de cierre en la columna %1</translation>
    </message>
    <message>
        <source>unterminated double quote (opened here)</source>
        <translation>comilla doble sin cerrar (abierta aquí)</translation>
    </message>
    <message>
        <source>unterminated single quote (opened here)</source>
        <translation>comilla simple sin cerrar (abierta aquí)</translation>
    </message>
    <message>
        <source>%1 is set again on line %2; this value replaces the one on line %3</source>
        <translation>%1 se define de nuevo en la línea %2; este valor reemplaza al de la línea %3</translation>
    </message>
</context>
<context>
    <name>DotEnvWriter</name>
    <message>
        <source>invalid variable name</source>
        <translation>nombre de variable no válido</translation>
    </message>
    <message>
        <source>cannot create the file</source>
        <translation>no se puede crear el archivo</translation>
    </message>
</context>
<context>
    <name>EntryPath</name>
    <message>
        <source>the entry has no name</source>
        <translation>la entrada no tiene nombre</translation>
    </message>
    <message>
        <source>the name is longer than %1 bytes</source>
        <translation>el nombre supera los %1 bytes</translation>
    </message>
    <message>
        <source>the name contains a control character</source>
        <translation>el nombre contiene un carácter de control</translation>
    </message>
    <message>
        <source>the name is not valid UTF-8</source>
        <translation>el nombre no es UTF-8 válido</translation>
    </message>
    <message>
        <source>the path is absolute</source>
        <translation>la ruta es absoluta</translation>
    </message>
    <message>
        <source>the path leaves the package</source>
        <translation>la ruta sale del paquete</translation>
    </message>
    <message>
        <source>a component of the path is longer than %1 bytes</source>
        <translation>un componente de la ruta supera los %1 bytes</translation>
    </message>
    <message>
        <source>the path is too long to extract here (longer than %1 bytes)</source>
        <translation>la ruta es demasiado larga para extraerla aquí (más de %1 bytes)</translation>
    </message>
    <message>
        <source>the link has no target</source>
        <translation>el enlace no tiene destino</translation>
    </message>
    <message>
        <source>the link target is longer than %1 bytes</source>
        <translation>el destino del enlace supera los %1 bytes</translation>
    </message>
    <message>
        <source>the link target contains a control character</source>
        <translation>el destino del enlace contiene un carácter de control</translation>
    </message>
    <message>
        <source>the link target is not valid UTF-8</source>
        <translation>el destino del enlace no es UTF-8 válido</translation>
    </message>
    <message>
        <source>the link points to an absolute path</source>
        <translation>el enlace apunta a una ruta absoluta</translation>
    </message>
    <message>
        <source>the link target has &quot;..&quot; after a directory name</source>
        <translation>el destino del enlace tiene &quot;..&quot; después de un nombre de directorio</translation>
    </message>
    <message>
        <source>a component of the link target is longer than %1 bytes</source>
        <translation>un componente del destino del enlace supera los %1 bytes</translation>
    </message>
    <message>
        <source>the link points outside the package</source>
        <translation>el enlace apunta fuera del paquete</translation>
    </message>
</context>
<context>
    <name>FailureExplainer</name>
    <message>
        <source>Because %1, version solving failed.</source>
        <translation>Dado que %1, la resolución de versiones falló.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>So,</source>
        <translation>Por tanto,</translation>
    </message>
    <message>
        <source>And</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Because %1 and %2, %3.</source>
        <translation>Dado que %1 y %2, %3.</translation>
    </message>
    <message>
        <source>%1 because %2, %3.</source>
        <translation>%1 dado que %2, %3.</translation>
    </message>
    <message>
        <source>Thus, %1.</source>
        <translation>Por consiguiente, %1.</translation>
    </message>
    <message>
        <source>%1 because %2 and %3, %4.</source>
        <translation>%1 dado que %2 y %3, %4.</translation>
    </message>
    <message>
        <source>the request must be resolved</source>
        <translation>la solicitud debe resolverse</translation>
    </message>
    <message>
        <source>you asked for %1</source>
        <translation>usted solicitó %1</translation>
    </message>
    <message>
        <source>%1 %2 is installed</source>
        <translation>%1 %2 está instalado</translation>
    </message>
    <message>
        <source>%1 depends on %2</source>
        <translation>%1 depende de %2</translation>
    </message>
    <message>
        <source>%1 conflicts with %2</source>
        <translation>%1 entra en conflicto con %2</translation>
    </message>
    <message>
        <source>%1 requires core %2 (the platform core is %3)</source>
        <translation>%1 requiere core %2 (el núcleo de la plataforma es %3)</translation>
    </message>
    <message>
        <source>%1 is not in any registry</source>
        <translation>%1 no está en ningún registro</translation>
    </message>
    <message>
        <source>no versions of %1 match %2</source>
        <translation>ninguna versión de %1 coincide con %2</translation>
    </message>
    <message>
        <source>no usable versions of %1 match %2 (yanked: %3; pin one exactly to use it)</source>
        <translation>ninguna versión utilizable de %1 coincide con %2 (retiradas: %3; fije una exactamente para usarla)</translation>
    </message>
    <message>
        <source>version solving failed</source>
        <translation>la resolución de versiones falló</translation>
    </message>
    <message>
        <source>no version of %1 can be used</source>
        <translation>no se puede usar ninguna versión de %1</translation>
    </message>
    <message>
        <source>%1 cannot be used</source>
        <translation>no se puede usar %1</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>se requiere %1</translation>
    </message>
    <message>
        <source>%1 is incompatible with %2</source>
        <translation>%1 es incompatible con %2</translation>
    </message>
    <message>
        <source>either %1 or %2 is required</source>
        <translation>se requiere %1 o %2</translation>
    </message>
    <message>
        <source>%1 requires %2</source>
        <translation>%1 requiere %2</translation>
    </message>
    <message>
        <source>or</source>
        <translation>o</translation>
    </message>
    <message>
        <source>if %1 then %2</source>
        <translation>si %1, entonces %2</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>%1 cannot all be used together</source>
        <translation>%1 no pueden usarse todos juntos</translation>
    </message>
    <message>
        <source>at least one of %1 is required</source>
        <translation>se requiere al menos uno de %1</translation>
    </message>
</context>
<context>
    <name>FileContent</name>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>supera los %1 bytes</translation>
    </message>
</context>
<context>
    <name>HealthEvent</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>circuit breaker for %1</source>
        <translation>cortacircuitos de %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>HealthHistory</name>
    <message>
        <source>The time window is empty.</source>
        <translation>La ventana de tiempo está vacía.</translation>
    </message>
    <message>
        <source>No health probe of this site has run yet.</source>
        <translation>Todavía no se ha ejecutado ninguna sonda de salud de este sitio.</translation>
    </message>
    <message>
        <source>There is no such probe.</source>
        <translation>No existe esa sonda.</translation>
    </message>
    <message>
        <source>No probe of this module has run yet.</source>
        <translation>Todavía no se ha ejecutado ninguna sonda de este módulo.</translation>
    </message>
    <message>
        <source>Too many points for one chart; choose a larger bucket.</source>
        <translation>Demasiados puntos para un gráfico; elija un intervalo mayor.</translation>
    </message>
</context>
<context>
    <name>HealthNames</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>up</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>no preparado</translation>
    </message>
    <message>
        <source>down</source>
        <translation>caído</translation>
    </message>
    <message>
        <source>passing</source>
        <translation>pasa</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>falla</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>half-open</source>
        <translation>semiabierto</translation>
    </message>
</context>
<context>
    <name>HealthProbe</name>
    <message>
        <source>&quot;%1&quot; must be an absolute request path such as /health</source>
        <translation>&quot;%1&quot; debe ser una ruta de solicitud absoluta como /health</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; no es uno de %2</translation>
    </message>
    <message>
        <source>must be an HTTP status from 100 to 599</source>
        <translation>debe ser un estado HTTP de 100 a 599</translation>
    </message>
    <message>
        <source>must list at least one status</source>
        <translation>debe indicar al menos un estado</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 figura dos veces</translation>
    </message>
    <message>
        <source>must be a status or an array of statuses, not %1</source>
        <translation>debe ser un estado o un array de estados, no %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name</source>
        <translation>&quot;%1&quot; no es un nombre de cabecera válido</translation>
    </message>
    <message>
        <source>must be a string without control characters</source>
        <translation>debe ser una cadena sin caracteres de control</translation>
    </message>
    <message>
        <source>must name at least the program to run</source>
        <translation>debe indicar al menos el programa que se ejecutará</translation>
    </message>
    <message>
        <source>must be the program to run, a non-empty string</source>
        <translation>debe ser el programa que se ejecutará, una cadena no vacía</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>debe ser un objeto, no %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be at most 64 of a-z, 0-9, _ and -</source>
        <translation>&quot;%1&quot; debe tener como máximo 64 caracteres de a-z, 0-9, _ y -</translation>
    </message>
    <message>
        <source>needs exactly one of http, tcp or command</source>
        <translation>necesita exactamente uno de http, tcp o command</translation>
    </message>
    <message>
        <source>has %1; a probe checks exactly one way</source>
        <translation>tiene %1; una sonda comprueba de una sola forma</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>must be 1 for a %1 probe (one success is enough to pass)</source>
        <translation>debe ser 1 para una sonda %1 (un éxito basta para pasar)</translation>
    </message>
    <message>
        <source>%1 s is longer than period_s (%2 s); checks will overlap</source>
        <translation>%1 s supera period_s (%2 s); las comprobaciones se solaparán</translation>
    </message>
</context>
<context>
    <name>HealthRepository</name>
    <message>
        <source>A probe needs a key, a site and a name.</source>
        <translation>Una sonda necesita una clave, un sitio y un nombre.</translation>
    </message>
    <message>
        <source>The limit must be a positive number.</source>
        <translation>El límite debe ser un número positivo.</translation>
    </message>
    <message>
        <source>The rollup watermark is missing.</source>
        <translation>Falta la marca de agregación.</translation>
    </message>
    <message>
        <source>The rollup watermark cannot move back.</source>
        <translation>La marca de agregación no puede retroceder.</translation>
    </message>
    <message>
        <source>Another process rolled the health samples up meanwhile.</source>
        <translation>Otro proceso agregó mientras tanto las muestras de salud.</translation>
    </message>
</context>
<context>
    <name>HealthSettings</name>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; no es un número entero de %2 a %3</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the answer is not HTTP</source>
        <translation>la respuesta no es HTTP</translation>
    </message>
    <message>
        <source>the answer&apos;s headers are larger than 64 KiB</source>
        <translation>las cabeceras de la respuesta superan los 64 KiB</translation>
    </message>
    <message>
        <source>the answer is too large</source>
        <translation>la respuesta es demasiado grande</translation>
    </message>
</context>
<context>
    <name>InstallPlanner</name>
    <message>
        <source>the platform core&apos;s version is unknown: %1 does not exist and the setting %2 is not set</source>
        <translation>se desconoce la versión del núcleo de la plataforma: %1 no existe y el ajuste %2 no está definido</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>supera los %1 bytes</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>required field is missing</source>
        <translation>falta un campo obligatorio</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>debe ser una cadena, no %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>debe ser true o false, no %1</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>debe ser un número entero de %1 a %2, no %3</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>debe ser un objeto, no %1</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>debe ser un array, no %1</translation>
    </message>
    <message>
        <source>unknown field, kept as is</source>
        <translation>campo desconocido; se conserva tal cual</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>%1 (a boolean)</source>
        <translation>%1 (un booleano)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
</context>
<context>
    <name>LicenseGate</name>
    <message>
        <source>the issuer is empty</source>
        <translation>el emisor está vacío</translation>
    </message>
    <message>
        <source>cannot read the license key: %1</source>
        <translation>no se puede leer la clave de licencia: %1</translation>
    </message>
    <message>
        <source>this file is too large to be a license key</source>
        <translation>este archivo es demasiado grande para ser una clave de licencia</translation>
    </message>
    <message>
        <source>%1: no license key was offered</source>
        <translation>%1: no se ofreció ninguna clave de licencia</translation>
    </message>
    <message>
        <source>%1 needs a license key: none was given, and the keychain could not be asked (%2)</source>
        <translation>%1 necesita una clave de licencia: no se indicó ninguna y no se pudo consultar el llavero (%2)</translation>
    </message>
    <message>
        <source>%1 needs a license key: none was given, and the keychain holds none for site %2</source>
        <translation>%1 necesita una clave de licencia: no se indicó ninguna y el llavero no guarda ninguna para el sitio %2</translation>
    </message>
</context>
<context>
    <name>LicenseVerifier</name>
    <message>
        <source>the license key is empty</source>
        <translation>la clave de licencia está vacía</translation>
    </message>
    <message>
        <source>the license key is larger than %1 bytes: not a license key</source>
        <translation>la clave de licencia supera los %1 bytes: no es una clave de licencia</translation>
    </message>
    <message>
        <source>the license key is not a JWT: expected three base64url parts separated by dots</source>
        <translation>la clave de licencia no es un JWT: se esperaban tres partes base64url separadas por puntos</translation>
    </message>
    <message>
        <source>the license %1 is not base64url</source>
        <translation>la parte %1 de la licencia no es base64url</translation>
    </message>
    <message>
        <source>the license %1 is not a JSON object</source>
        <translation>la parte %1 de la licencia no es un objeto JSON</translation>
    </message>
    <message>
        <source>the license header names no signature algorithm</source>
        <translation>la cabecera de la licencia no indica ningún algoritmo de firma</translation>
    </message>
    <message>
        <source>the license is not signed (alg none)</source>
        <translation>la licencia no está firmada (alg none)</translation>
    </message>
    <message>
        <source>the license is signed with %1; only EdDSA (Ed25519) licenses are accepted</source>
        <translation>la licencia está firmada con %1; solo se aceptan licencias EdDSA (Ed25519)</translation>
    </message>
    <message>
        <source>the license requires header extensions this program does not know (crit)</source>
        <translation>la licencia requiere extensiones de cabecera que este programa no conoce (crit)</translation>
    </message>
    <message>
        <source>the token type %1 is not a JWT</source>
        <translation>el tipo de token %1 no es un JWT</translation>
    </message>
    <message>
        <source>the license&apos;s key id is not a string</source>
        <translation>el id de clave de la licencia no es una cadena</translation>
    </message>
    <message>
        <source>the license names no issuer</source>
        <translation>la licencia no indica ningún emisor</translation>
    </message>
    <message>
        <source>issuer %1 is not a trusted vendor</source>
        <translation>el emisor %1 no es un proveedor de confianza</translation>
    </message>
    <message>
        <source>vendor %1 has no trusted key with id %2</source>
        <translation>el proveedor %1 no tiene ninguna clave de confianza con id %2</translation>
    </message>
    <message>
        <source>the license signature is not base64url</source>
        <translation>la firma de la licencia no es base64url</translation>
    </message>
    <message>
        <source>the license signature is not an Ed25519 signature (64 bytes)</source>
        <translation>la firma de la licencia no es una firma Ed25519 (64 bytes)</translation>
    </message>
    <message>
        <source>the cryptography library (libsodium) could not start</source>
        <translation>no se pudo iniciar la biblioteca criptográfica (libsodium)</translation>
    </message>
    <message>
        <source>the license signature does not verify against vendor %1&apos;s key</source>
        <translation>la firma de la licencia no se verifica con la clave del proveedor %1</translation>
    </message>
    <message>
        <source>the license has no %1 date</source>
        <translation>la licencia no tiene fecha %1</translation>
    </message>
    <message>
        <source>the license&apos;s %1 is not a date (seconds since 1970)</source>
        <translation>el campo %1 de la licencia no es una fecha (segundos desde 1970)</translation>
    </message>
    <message>
        <source>the license names no licensee</source>
        <translation>la licencia no indica ningún licenciatario</translation>
    </message>
    <message>
        <source>the license names no module</source>
        <translation>la licencia no indica ningún módulo</translation>
    </message>
    <message>
        <source>the license has no license type</source>
        <translation>la licencia no tiene tipo de licencia</translation>
    </message>
    <message>
        <source>the license&apos;s audience must be installation ids (strings)</source>
        <translation>la audiencia de la licencia deben ser ids de instalación (cadenas)</translation>
    </message>
    <message>
        <source>the license&apos;s seats must be a whole number of at least 1</source>
        <translation>los puestos de la licencia deben ser un número entero mayor o igual que 1</translation>
    </message>
    <message>
        <source>the license expired on %1</source>
        <translation>la licencia caducó el %1</translation>
    </message>
    <message>
        <source>the license is not valid before %1</source>
        <translation>la licencia no es válida antes del %1</translation>
    </message>
    <message>
        <source>the license was issued in the future (%1); check this computer&apos;s clock</source>
        <translation>la licencia se emitió en el futuro (%1); compruebe el reloj de este equipo</translation>
    </message>
    <message>
        <source>the license is for module %1, not %2</source>
        <translation>la licencia es para el módulo %1, no para %2</translation>
    </message>
    <message>
        <source>the license is bound to installation %1, and this installation has no id</source>
        <translation>la licencia está vinculada a la instalación %1 y esta instalación no tiene id</translation>
    </message>
    <message>
        <source>the license is for installation %1, not %2</source>
        <translation>la licencia es para la instalación %1, no para %2</translation>
    </message>
</context>
<context>
    <name>ListeningPorts</name>
    <message>
        <source>cannot read the listening sockets: %1</source>
        <translation>no se pueden leer los sockets a la escucha: %1</translation>
    </message>
</context>
<context>
    <name>LocalPackageFetcher</name>
    <message>
        <source>Verifying %1 %2</source>
        <translation>Verificando %1 %2</translation>
    </message>
    <message>
        <source>no local folder serves registry &quot;%1&quot;</source>
        <translation>ninguna carpeta local sirve el registro &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the catalog&apos;s package path %1</source>
        <translation>la ruta del paquete en el catálogo %1</translation>
    </message>
    <message>
        <source>the package is not there</source>
        <translation>el paquete no está ahí</translation>
    </message>
    <message>
        <source>the package has %1 bytes where the catalog says %2</source>
        <translation>el paquete tiene %1 bytes donde el catálogo indica %2</translation>
    </message>
    <message>
        <source>the package&apos;s SHA-256 differs from the catalog&apos;s</source>
        <translation>el SHA-256 del paquete difiere del indicado en el catálogo</translation>
    </message>
    <message>
        <source>catalog %1, file %2</source>
        <translation>catálogo %1, archivo %2</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>LocalTarget</name>
    <message>
        <source>cannot read the link: %1</source>
        <translation>no se puede leer el enlace: %1</translation>
    </message>
    <message>
        <source>is not a symbolic link to a version</source>
        <translation>no es un enlace simbólico a una versión</translation>
    </message>
    <message>
        <source>points to &quot;%1&quot;, which is not a version of the module</source>
        <translation>apunta a &quot;%1&quot;, que no es una versión del módulo</translation>
    </message>
    <message>
        <source>points to version %1, which is not on disk</source>
        <translation>apunta a la versión %1, que no está en disco</translation>
    </message>
    <message>
        <source>%1 is not installed</source>
        <translation>%1 no está instalado</translation>
    </message>
    <message>
        <source>%1 is needed by enabled modules: %2; uninstall them first, or cascade</source>
        <translation>%1 es necesario para módulos activados: %2; desinstálelos primero o desinstale en cascada</translation>
    </message>
    <message>
        <source>cannot create the modules folder</source>
        <translation>no se puede crear la carpeta de módulos</translation>
    </message>
    <message>
        <source>cannot create the module&apos;s folder</source>
        <translation>no se puede crear la carpeta del módulo</translation>
    </message>
    <message>
        <source>version %1 is already the active one</source>
        <translation>la versión %1 ya es la activa</translation>
    </message>
    <message>
        <source>cannot open the folder to the site: %1</source>
        <translation>no se puede abrir la carpeta del sitio: %1</translation>
    </message>
    <message>
        <source>%1 has no previous version on disk to go back to</source>
        <translation>%1 no tiene ninguna versión anterior en disco a la que volver</translation>
    </message>
    <message>
        <source>the number of versions to keep cannot be negative</source>
        <translation>el número de versiones que se conservan no puede ser negativo</translation>
    </message>
    <message>
        <source>cannot remove a leftover link: %1</source>
        <translation>no se puede quitar un enlace sobrante: %1</translation>
    </message>
    <message>
        <source>cannot remove the link: %1</source>
        <translation>no se puede quitar el enlace: %1</translation>
    </message>
    <message>
        <source>cannot create the link: %1</source>
        <translation>no se puede crear el enlace: %1</translation>
    </message>
    <message>
        <source>cannot switch the link: %1</source>
        <translation>no se puede cambiar el enlace: %1</translation>
    </message>
    <message>
        <source>cannot remove: %1</source>
        <translation>no se puede quitar: %1</translation>
    </message>
    <message>
        <source>cannot move it to %1: %2</source>
        <translation>no se puede mover a %1: %2</translation>
    </message>
    <message>
        <source>cannot remove the folder: %1</source>
        <translation>no se puede quitar la carpeta: %1</translation>
    </message>
    <message>
        <source>cannot delete it</source>
        <translation>no se puede eliminar</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>must be a string, not %1</source>
        <translation>debe ser una cadena, no %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must match %2</source>
        <translation>&quot;%1&quot; debe coincidir con %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; figura dos veces</translation>
    </message>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation>%1 en la línea %2, columna %3</translation>
    </message>
    <message>
        <source>is empty; it must name a file inside the package</source>
        <translation>está vacío; debe indicar un archivo dentro del paquete</translation>
    </message>
    <message>
        <source>is absolute; it must be a path inside the package</source>
        <translation>es absoluto; debe ser una ruta dentro del paquete</translation>
    </message>
    <message>
        <source>contains &quot;\&quot;; folders are separated by &quot;/&quot;</source>
        <translation>contiene &quot;\&quot;; las carpetas se separan con &quot;/&quot;</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>contiene un carácter de control</translation>
    </message>
    <message>
        <source>leaves the package (&quot;..&quot; is not allowed)</source>
        <translation>sale del paquete (no se permite &quot;..&quot;)</translation>
    </message>
    <message>
        <source>has an empty or &quot;.&quot; part</source>
        <translation>tiene una parte vacía o &quot;.&quot;</translation>
    </message>
    <message>
        <source>must be an object of module names and version ranges, not %1</source>
        <translation>debe ser un objeto de nombres de módulo y rangos de versiones, no %1</translation>
    </message>
    <message>
        <source>the platform core cannot be a conflict; constrain it in dependencies.core</source>
        <translation>el núcleo de la plataforma no puede ser un conflicto; restrínjalo en dependencies.core</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid module name (^[a-z][a-z0-9_]{1,63}$)</source>
        <translation>&quot;%1&quot; no es un nombre de módulo válido (^[a-z][a-z0-9_]{1,63}$)</translation>
    </message>
    <message>
        <source>a module cannot conflict with itself</source>
        <translation>un módulo no puede entrar en conflicto consigo mismo</translation>
    </message>
    <message>
        <source>a module cannot depend on itself</source>
        <translation>un módulo no puede depender de sí mismo</translation>
    </message>
    <message>
        <source>must be a version range (a string), not %1</source>
        <translation>debe ser un rango de versiones (una cadena), no %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid range</source>
        <translation>&quot;%1&quot; no es un rango válido</translation>
    </message>
    <message>
        <source>cannot read the manifest: %1</source>
        <translation>no se puede leer el manifiesto: %1</translation>
    </message>
    <message>
        <source>the manifest is larger than %1 bytes</source>
        <translation>el manifiesto supera los %1 bytes</translation>
    </message>
    <message>
        <source>the manifest is not valid JSON: %1</source>
        <translation>el manifiesto no es JSON válido: %1</translation>
    </message>
    <message>
        <source>the manifest must be a JSON object</source>
        <translation>el manifiesto debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;core&quot; is the platform itself; a module needs another name</source>
        <translation>&quot;core&quot; es la propia plataforma; un módulo necesita otro nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must match ^[a-z][a-z0-9_]{1,63}$</source>
        <translation>&quot;%1&quot; debe coincidir con ^[a-z][a-z0-9_]{1,63}$</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid version (MAJOR.MINOR.PATCH, such as 1.8.0)</source>
        <translation>&quot;%1&quot; no es una versión válida (MAJOR.MINOR.PATCH, como 1.8.0)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; no es uno de %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an absolute URL path such as /api/v1/farm</source>
        <translation>&quot;%1&quot; debe ser una ruta de URL absoluta como /api/v1/farm</translation>
    </message>
    <message>
        <source>%1 is both a dependency and a conflict; only versions outside &quot;%2&quot; can satisfy it</source>
        <translation>%1 es a la vez una dependencia y un conflicto; solo las versiones fuera de &quot;%2&quot; pueden satisfacerlo</translation>
    </message>
    <message>
        <source>has no effect while license_required is false</source>
        <translation>no tiene efecto mientras license_required sea false</translation>
    </message>
    <message>
        <source>required when license_required is true</source>
        <translation>obligatorio cuando license_required es true</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of health[%2]</source>
        <translation>&quot;%1&quot; ya es el nombre de health[%2]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid hook name (^[a-z][a-z0-9_]{0,63}$)</source>
        <translation>&quot;%1&quot; no es un nombre de hook válido (^[a-z][a-z0-9_]{0,63}$)</translation>
    </message>
    <message>
        <source>must be a path inside the package (a string), not %1</source>
        <translation>debe ser una ruta dentro del paquete (una cadena), no %1</translation>
    </message>
    <message>
        <source>The manifest</source>
        <translation>El manifiesto</translation>
    </message>
</context>
<context>
    <name>MinisignFormat</name>
    <message>
        <source>the cryptography library (libsodium) could not start</source>
        <translation>no se pudo iniciar la biblioteca criptográfica (libsodium)</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
        <translation>%1 no es base64 válido</translation>
    </message>
    <message>
        <source>%1 holds %2 bytes instead of %3: it is truncated or not minisign data</source>
        <translation>%1 contiene %2 bytes en lugar de %3: está truncado o no son datos minisign</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes: not a minisign key or signature</source>
        <translation>el archivo supera los %1 bytes: no es una clave ni una firma minisign</translation>
    </message>
</context>
<context>
    <name>MinisignPublicKey</name>
    <message>
        <source>too large to be a minisign public key</source>
        <translation>demasiado grande para ser una clave pública minisign</translation>
    </message>
    <message>
        <source>not a minisign public key: expected an &quot;untrusted comment:&quot; line followed by the base64 key, or the base64 key alone</source>
        <translation>no es una clave pública minisign: se esperaba una línea &quot;untrusted comment:&quot; seguida de la clave en base64, o solo la clave en base64</translation>
    </message>
    <message>
        <source>the public key</source>
        <translation>la clave pública</translation>
    </message>
    <message>
        <source>the public key&apos;s algorithm &quot;%1&quot; is not Ed25519 (&quot;Ed&quot;)</source>
        <translation>el algoritmo &quot;%1&quot; de la clave pública no es Ed25519 (&quot;Ed&quot;)</translation>
    </message>
</context>
<context>
    <name>MinisignSecretKey</name>
    <message>
        <source>too large to be a minisign secret key</source>
        <translation>demasiado grande para ser una clave secreta minisign</translation>
    </message>
    <message>
        <source>not a minisign secret key: expected an &quot;untrusted comment:&quot; line followed by the base64 key</source>
        <translation>no es una clave secreta minisign: se esperaba una línea &quot;untrusted comment:&quot; seguida de la clave en base64</translation>
    </message>
    <message>
        <source>cannot allocate protected memory for the secret key</source>
        <translation>no se puede reservar memoria protegida para la clave secreta</translation>
    </message>
    <message>
        <source>the secret key line is not base64 of a minisign secret key (truncated or damaged)</source>
        <translation>la línea de la clave secreta no es base64 de una clave secreta minisign (truncada o dañada)</translation>
    </message>
    <message>
        <source>the secret key&apos;s algorithm is not Ed25519 (&quot;Ed&quot;)</source>
        <translation>el algoritmo de la clave secreta no es Ed25519 (&quot;Ed&quot;)</translation>
    </message>
    <message>
        <source>the secret key&apos;s checksum is not BLAKE2b (&quot;B2&quot;)</source>
        <translation>la suma de comprobación de la clave secreta no es BLAKE2b (&quot;B2&quot;)</translation>
    </message>
    <message>
        <source>the secret key is encrypted: its password is needed</source>
        <translation>la clave secreta está cifrada: se necesita su contraseña</translation>
    </message>
    <message>
        <source>the secret key asks for a password hash costlier than minisign&apos;s strongest setting (%1 MiB of memory)</source>
        <translation>la clave secreta pide un hash de contraseña más costoso que el ajuste más fuerte de minisign (%1 MiB de memoria)</translation>
    </message>
    <message>
        <source>cannot derive the key from the password (out of memory?)</source>
        <translation>no se puede derivar la clave a partir de la contraseña (¿memoria insuficiente?)</translation>
    </message>
    <message>
        <source>wrong password for this secret key (or the key file is damaged)</source>
        <translation>contraseña incorrecta para esta clave secreta (o el archivo de clave está dañado)</translation>
    </message>
    <message>
        <source>the secret key file is damaged: its checksum does not match</source>
        <translation>el archivo de clave secreta está dañado: su suma de comprobación no coincide</translation>
    </message>
    <message>
        <source>the secret key uses an unknown key derivation function (minisign uses scrypt, &quot;Sc&quot;)</source>
        <translation>la clave secreta usa una función de derivación de claves desconocida (minisign usa scrypt, &quot;Sc&quot;)</translation>
    </message>
    <message>
        <source>the secret key file is damaged: its public half does not match its seed</source>
        <translation>el archivo de clave secreta está dañado: su mitad pública no coincide con su semilla</translation>
    </message>
    <message>
        <source>cannot read the file to sign: %1</source>
        <translation>no se puede leer el archivo que se firmará: %1</translation>
    </message>
    <message>
        <source>no secret key is loaded</source>
        <translation>no hay ninguna clave secreta cargada</translation>
    </message>
    <message>
        <source>a signature comment must be a single line</source>
        <translation>un comentario de firma debe ocupar una sola línea</translation>
    </message>
    <message>
        <source>the trusted comment is longer than minisign accepts</source>
        <translation>el comentario de confianza es más largo de lo que acepta minisign</translation>
    </message>
    <message>
        <source>the untrusted comment is longer than minisign accepts</source>
        <translation>el comentario no fiable es más largo de lo que acepta minisign</translation>
    </message>
</context>
<context>
    <name>MinisignSignature</name>
    <message>
        <source>too large to be a minisign signature</source>
        <translation>demasiado grande para ser una firma minisign</translation>
    </message>
    <message>
        <source>the signature file is empty</source>
        <translation>el archivo de firma está vacío</translation>
    </message>
    <message>
        <source>the first line must start with &quot;untrusted comment: &quot;</source>
        <translation>la primera línea debe empezar por &quot;untrusted comment: &quot;</translation>
    </message>
    <message>
        <source>the untrusted comment is longer than %1 bytes</source>
        <translation>el comentario no fiable supera los %1 bytes</translation>
    </message>
    <message>
        <source>the file ends before the signature line</source>
        <translation>el archivo termina antes de la línea de firma</translation>
    </message>
    <message>
        <source>the file ends before the trusted comment</source>
        <translation>el archivo termina antes del comentario de confianza</translation>
    </message>
    <message>
        <source>the third line must start with &quot;trusted comment: &quot;</source>
        <translation>la tercera línea debe empezar por &quot;trusted comment: &quot;</translation>
    </message>
    <message>
        <source>the trusted comment is longer than %1 bytes</source>
        <translation>el comentario de confianza supera los %1 bytes</translation>
    </message>
    <message>
        <source>the file ends before the trusted comment&apos;s signature</source>
        <translation>el archivo termina antes de la firma del comentario de confianza</translation>
    </message>
    <message>
        <source>unexpected text after the trusted comment&apos;s signature</source>
        <translation>texto inesperado después de la firma del comentario de confianza</translation>
    </message>
    <message>
        <source>the signature line</source>
        <translation>la línea de firma</translation>
    </message>
    <message>
        <source>the trusted comment&apos;s signature line</source>
        <translation>la línea de firma del comentario de confianza</translation>
    </message>
    <message>
        <source>unknown signature algorithm &quot;%1&quot; (minisign uses &quot;ED&quot; or &quot;Ed&quot;)</source>
        <translation>algoritmo de firma desconocido &quot;%1&quot; (minisign usa &quot;ED&quot; o &quot;Ed&quot;)</translation>
    </message>
</context>
<context>
    <name>MinisignVerifier</name>
    <message>
        <source>no signature to verify</source>
        <translation>no hay ninguna firma que verificar</translation>
    </message>
    <message>
        <source>No key is trusted.</source>
        <translation>No hay ninguna clave de confianza.</translation>
    </message>
    <message>
        <source>Trusted keys: %1.</source>
        <translation>Claves de confianza: %1.</translation>
    </message>
    <message>
        <source>signed with key %1, which is not a trusted key</source>
        <translation>firmado con la clave %1, que no es una clave de confianza</translation>
    </message>
    <message>
        <source>legacy (non-prehashed) signatures are not accepted; sign with minisign 0.11 or later without -l</source>
        <translation>no se aceptan firmas heredadas (sin prehash); firme con minisign 0.11 o posterior sin -l</translation>
    </message>
    <message>
        <source>cannot read the signed file: %1</source>
        <translation>no se puede leer el archivo firmado: %1</translation>
    </message>
    <message>
        <source>the file is signed with a legacy (non-prehashed) signature and is larger than %1 MiB; sign it prehashed (minisign&apos;s default)</source>
        <translation>el archivo está firmado con una firma heredada (sin prehash) y supera los %1 MiB; fírmelo con prehash (lo predeterminado en minisign)</translation>
    </message>
    <message>
        <source>the verification has already finished</source>
        <translation>la verificación ya ha terminado</translation>
    </message>
    <message>
        <source>the data is signed with a legacy (non-prehashed) signature and is larger than %1 MiB; sign it prehashed (minisign&apos;s default)</source>
        <translation>los datos están firmados con una firma heredada (sin prehash) y superan los %1 MiB; fírmelos con prehash (lo predeterminado en minisign)</translation>
    </message>
    <message>
        <source>the signature was not made by trusted key %1, although it carries its key id</source>
        <translation>la firma no la hizo la clave de confianza %1, aunque lleva su id de clave</translation>
    </message>
    <message>
        <source>the data does not match its signature: it was changed after signing, or the signature belongs to other data</source>
        <translation>los datos no coinciden con su firma: se modificaron después de firmarlos, o la firma pertenece a otros datos</translation>
    </message>
    <message>
        <source>the trusted comment was altered: its signature does not verify with key %1</source>
        <translation>el comentario de confianza se alteró: su firma no se verifica con la clave %1</translation>
    </message>
</context>
<context>
    <name>ModuleRequest</name>
    <message>
        <source>&quot;%1&quot;: the platform core is not a module; it cannot be requested</source>
        <translation>&quot;%1&quot;: el núcleo de la plataforma no es un módulo; no se puede solicitar</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a module name (^[a-z][a-z0-9_]{1,63}$)</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; no es un nombre de módulo (^[a-z][a-z0-9_]{1,63}$)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a version range must follow &quot;@&quot;</source>
        <translation>&quot;%1&quot;: debe seguir un rango de versiones después de &quot;@&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a valid range</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; no es un rango válido</translation>
    </message>
</context>
<context>
    <name>ModuleStateMachine</name>
    <message>
        <source>a module cannot go from %1 to %2</source>
        <translation>un módulo no puede pasar de %1 a %2</translation>
    </message>
</context>
<context>
    <name>ModuleStateRepository</name>
    <message>
        <source>A state change needs a site and a module.</source>
        <translation>Un cambio de estado necesita un sitio y un módulo.</translation>
    </message>
    <message>
        <source>A state change needs the state it goes to.</source>
        <translation>Un cambio de estado necesita el estado al que pasa.</translation>
    </message>
    <message>
        <source>The state row is about another module.</source>
        <translation>La fila de estado se refiere a otro módulo.</translation>
    </message>
    <message>
        <source>The state change got no id.</source>
        <translation>El cambio de estado no recibió ningún id.</translation>
    </message>
</context>
<context>
    <name>ModulesLock</name>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>no es JSON válido: %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>schema %1 is newer than this program understands (%2)</source>
        <translation>el esquema %1 es más reciente que el que entiende este programa (%2)</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>debe ser %1</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>debe ser un array</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; figura dos veces</translation>
    </message>
</context>
<context>
    <name>OperationJournal</name>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>the journal is not a JSON object</source>
        <translation>el diario de operaciones no es un objeto JSON</translation>
    </message>
    <message>
        <source>journal schema %1 is not one this program reads</source>
        <translation>este programa no lee el esquema %1 del diario de operaciones</translation>
    </message>
    <message>
        <source>the journal does not say where the site is</source>
        <translation>el diario de operaciones no indica dónde está el sitio</translation>
    </message>
</context>
<context>
    <name>OperationJournalRepository</name>
    <message>
        <source>A journal belongs to an operation.</source>
        <translation>Un diario de operaciones pertenece a una operación.</translation>
    </message>
    <message>
        <source>A journal needs a site.</source>
        <translation>Un diario de operaciones necesita un sitio.</translation>
    </message>
    <message>
        <source>A journal needs a phase.</source>
        <translation>Un diario de operaciones necesita una fase.</translation>
    </message>
    <message>
        <source>A journal needs a document.</source>
        <translation>Un diario de operaciones necesita un documento.</translation>
    </message>
    <message>
        <source>There is no journal for this operation.</source>
        <translation>No hay ningún diario de operaciones para esta operación.</translation>
    </message>
</context>
<context>
    <name>OperationPlanner</name>
    <message>
        <source>no module was named</source>
        <translation>no se indicó ningún módulo</translation>
    </message>
    <message>
        <source>%1 takes one module</source>
        <translation>%1 admite un solo módulo</translation>
    </message>
    <message>
        <source>unknown operation</source>
        <translation>operación desconocida</translation>
    </message>
    <message>
        <source>%1 is in maintenance; take it out of maintenance first</source>
        <translation>%1 está en mantenimiento; sáquelo primero del mantenimiento</translation>
    </message>
    <message>
        <source>%1 is %2, and %3</source>
        <translation>%1 está en estado %2, y %3</translation>
    </message>
    <message>
        <source>%1 is not installed: install it instead</source>
        <translation>%1 no está instalado: instálelo en su lugar</translation>
    </message>
    <message>
        <source>%1 is disabled, and the plan needs it: enable it first</source>
        <translation>%1 está desactivado y el plan lo necesita: actívelo primero</translation>
    </message>
    <message>
        <source>the plan names a version the catalog does not list</source>
        <translation>el plan indica una versión que el catálogo no incluye</translation>
    </message>
    <message>
        <source>%1 is disabled: enable it before changing its version</source>
        <translation>%1 está desactivado: actívelo antes de cambiar su versión</translation>
    </message>
    <message>
        <source>%1 is not installed</source>
        <translation>%1 no está instalado</translation>
    </message>
    <message>
        <source>%1 needs %2 %3, which is not enabled</source>
        <translation>%1 necesita %2 %3, que no está activado</translation>
    </message>
    <message>
        <source>%1 is needed by enabled modules: %2; disable them first</source>
        <translation>%1 es necesario para módulos activados: %2; desactívelos primero</translation>
    </message>
    <message>
        <source>%1 is disabled: enable it before rolling it back</source>
        <translation>%1 está desactivado: actívelo antes de revertirlo</translation>
    </message>
    <message>
        <source>%1 has no previous version on disk to go back to</source>
        <translation>%1 no tiene ninguna versión anterior en disco a la que volver</translation>
    </message>
    <message>
        <source>%1 %2 needs %3 %4, which the site does not have</source>
        <translation>%1 %2 necesita %3 %4, que el sitio no tiene</translation>
    </message>
    <message>
        <source>rolling %1 back to %2 would break %3, which needs %1 %4</source>
        <translation>revertir %1 a %2 rompería %3, que necesita %1 %4</translation>
    </message>
</context>
<context>
    <name>OperationRepository</name>
    <message>
        <source>An operation needs a kind.</source>
        <translation>Una operación necesita un tipo.</translation>
    </message>
    <message>
        <source>An operation needs a state.</source>
        <translation>Una operación necesita un estado.</translation>
    </message>
    <message>
        <source>The new operation got no id.</source>
        <translation>La nueva operación no recibió ningún id.</translation>
    </message>
    <message>
        <source>There is no such operation.</source>
        <translation>No existe esa operación.</translation>
    </message>
    <message>
        <source>The limit must be a positive number.</source>
        <translation>El límite debe ser un número positivo.</translation>
    </message>
</context>
<context>
    <name>PackageJson</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>no es JSON válido: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;name&quot; is not a string</source>
        <translation>&quot;name&quot; no es una cadena</translation>
    </message>
    <message>
        <source>&quot;version&quot; is not a string</source>
        <translation>&quot;version&quot; no es una cadena</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object</source>
        <translation>&quot;%1&quot; no es un objeto</translation>
    </message>
    <message>
        <source>&quot;%1.%2&quot; is not a version string</source>
        <translation>&quot;%1.%2&quot; no es una cadena de versión</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (columna %2)</translation>
    </message>
</context>
<context>
    <name>PackageUniverse</name>
    <message>
        <source>the request</source>
        <translation>la solicitud</translation>
    </message>
    <message>
        <source>(no known version)</source>
        <translation>(ninguna versión conocida)</translation>
    </message>
    <message>
        <source>%1 %2 (installed)</source>
        <translation>%1 %2 (instalado)</translation>
    </message>
    <message>
        <source>every version of %1</source>
        <translation>todas las versiones de %1</translation>
    </message>
</context>
<context>
    <name>Packer</name>
    <message>
        <source>cannot read the folder</source>
        <translation>no se puede leer la carpeta</translation>
    </message>
    <message>
        <source>cannot read the file&apos;s type</source>
        <translation>no se puede leer el tipo del archivo</translation>
    </message>
    <message>
        <source>this name cannot go into a package: %1</source>
        <translation>este nombre no puede incluirse en un paquete: %1</translation>
    </message>
    <message>
        <source>cannot read the link</source>
        <translation>no se puede leer el enlace</translation>
    </message>
    <message>
        <source>the link &quot;%1&quot; cannot go into a package: %2</source>
        <translation>el enlace &quot;%1&quot; no puede incluirse en un paquete: %2</translation>
    </message>
    <message>
        <source>only files, folders and symbolic links can go into a package</source>
        <translation>solo pueden incluirse en un paquete archivos, carpetas y enlaces simbólicos</translation>
    </message>
    <message>
        <source>the folder holds more than %1 entries</source>
        <translation>la carpeta contiene más de %1 entradas</translation>
    </message>
    <message>
        <source>there is no folder here</source>
        <translation>aquí no hay ninguna carpeta</translation>
    </message>
    <message>
        <source>a module folder needs a manifest.json at its root</source>
        <translation>una carpeta de módulo necesita un manifest.json en su raíz</translation>
    </message>
    <message>
        <source>the folder&apos;s files add up to more than %1 bytes</source>
        <translation>los archivos de la carpeta suman más de %1 bytes</translation>
    </message>
    <message>
        <source>cannot write the package: %1</source>
        <translation>no se puede escribir el paquete: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot start the package</source>
        <translation>no se puede iniciar el paquete</translation>
    </message>
    <message>
        <source>cannot add %1</source>
        <translation>no se puede añadir %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>the file changed while it was being packed; pack again</source>
        <translation>el archivo cambió mientras se empaquetaba; vuelva a empaquetar</translation>
    </message>
    <message>
        <source>cannot finish the package</source>
        <translation>no se puede terminar el paquete</translation>
    </message>
    <message>
        <source>cannot read the package back: %1</source>
        <translation>no se puede volver a leer el paquete: %1</translation>
    </message>
</context>
<context>
    <name>PartialFile</name>
    <message>
        <source>cannot create the download folder</source>
        <translation>no se puede crear la carpeta de descargas</translation>
    </message>
    <message>
        <source>this package is being downloaded by another job</source>
        <translation>otra tarea está descargando este paquete</translation>
    </message>
    <message>
        <source>cannot lock the download file</source>
        <translation>no se puede bloquear el archivo de descarga</translation>
    </message>
    <message>
        <source>cannot open the download file: %1</source>
        <translation>no se puede abrir el archivo de descarga: %1</translation>
    </message>
    <message>
        <source>cannot empty the download file: %1</source>
        <translation>no se puede vaciar el archivo de descarga: %1</translation>
    </message>
    <message>
        <source>cannot write the download file: %1</source>
        <translation>no se puede escribir el archivo de descarga: %1</translation>
    </message>
</context>
<context>
    <name>PlanBuilder</name>
    <message>
        <source>%1 depends on %2 %3.</source>
        <translation>%1 depende de %2 %3.</translation>
    </message>
    <message>
        <source>So none of them can be installed before the others: %1 is a dependency cycle.</source>
        <translation>Por tanto, ninguno de ellos puede instalarse antes que los demás: %1 es un ciclo de dependencias.</translation>
    </message>
    <message>
        <source>dependency cycle: %1</source>
        <translation>ciclo de dependencias: %1</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>requested (%1)</source>
        <translation>solicitado (%1)</translation>
    </message>
    <message>
        <source>%1; already installed at %2, which satisfies it</source>
        <translation>%1; ya instalado en %2, que lo satisface</translation>
    </message>
    <message>
        <source>required by %1</source>
        <translation>requerido por %1</translation>
    </message>
    <message>
        <source>already installed at %1, which satisfies %2</source>
        <translation>ya instalado en %1, que satisface %2</translation>
    </message>
    <message>
        <source>required by %1, which the installed %2 does not satisfy</source>
        <translation>requerido por %1, que el %2 instalado no satisface</translation>
    </message>
    <message>
        <source>the installed %1 requires core %2 (the platform core is %3)</source>
        <translation>el %1 instalado requiere core %2 (el núcleo de la plataforma es %3)</translation>
    </message>
    <message>
        <source>the installed %1 requires %2 %3, which does not hold with %4</source>
        <translation>el %1 instalado requiere %2 %3, lo que no se cumple con %4</translation>
    </message>
    <message>
        <source>the installed %1 conflicts with %2</source>
        <translation>el %1 instalado entra en conflicto con %2</translation>
    </message>
    <message>
        <source>%1 conflicts with the installed %2</source>
        <translation>%1 entra en conflicto con el %2 instalado</translation>
    </message>
    <message>
        <source>upgraded from %1 so that every constraint holds</source>
        <translation>actualizado desde %1 para que se cumplan todas las restricciones</translation>
    </message>
</context>
<context>
    <name>PlatformCore</name>
    <message>
        <source>the setting&apos;s value &quot;%1&quot; is not a version</source>
        <translation>el valor del ajuste &quot;%1&quot; no es una versión</translation>
    </message>
    <message>
        <source>the platform core&apos;s version is unknown: install it in the site, or set %1</source>
        <translation>se desconoce la versión del núcleo de la plataforma: instálelo en el sitio o defina %1</translation>
    </message>
</context>
<context>
    <name>PortAllocator</name>
    <message>
        <source>port %1 is used by %2 sites: %3</source>
        <translation>el puerto %1 lo usan %2 sitios: %3</translation>
    </message>
    <message>
        <source>%1 is claimed by %2 sites: %3</source>
        <translation>%1 lo reclaman %2 sitios: %3</translation>
    </message>
    <message>
        <source>port %1 of %2 is taken by another program: %3 (pid %4)</source>
        <translation>el puerto %1 de %2 lo ocupa otro programa: %3 (pid %4)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>port %1 of %2 is in use on this machine, by the site itself (pid %3)</source>
        <translation>el puerto %1 de %2 está en uso en esta máquina, por el propio sitio (pid %3)</translation>
    </message>
    <message>
        <source>port %1 of %2 is in use on this machine (owner not visible; perhaps the site itself)</source>
        <translation>el puerto %1 de %2 está en uso en esta máquina (propietario no visible; quizá el propio sitio)</translation>
    </message>
    <message>
        <source>no free port left for %1</source>
        <translation>no queda ningún puerto libre para %1</translation>
    </message>
    <message>
        <source>%1 no longer has port %2 from this file; plan again</source>
        <translation>%1 ya no tiene el puerto %2 de este archivo; vuelva a planificar</translation>
    </message>
</context>
<context>
    <name>ProbeConfig</name>
    <message>
        <source>health: expected an array of probes</source>
        <translation>health: se esperaba un array de sondas</translation>
    </message>
    <message>
        <source>the probes of module %1 cannot be read: %2</source>
        <translation>no se pueden leer las sondas del módulo %1: %2</translation>
    </message>
    <message>
        <source>the manifest is for module %1, not %2</source>
        <translation>el manifiesto es del módulo %1, no de %2</translation>
    </message>
    <message>
        <source>the site declares no probes and has no port for the default one</source>
        <translation>el sitio no declara sondas y no tiene puerto para la predeterminada</translation>
    </message>
</context>
<context>
    <name>ProbeSpec</name>
    <message>
        <source>&quot;%1&quot; must be an http:// or https:// URL without a user name</source>
        <translation>&quot;%1&quot; debe ser una URL http:// o https:// sin nombre de usuario</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON pointer such as /status</source>
        <translation>&quot;%1&quot; no es un puntero JSON como /status</translation>
    </message>
    <message>
        <source>needs json_pointer</source>
        <translation>necesita json_pointer</translation>
    </message>
    <message>
        <source>use body_contains or json_pointer, not both</source>
        <translation>use body_contains o json_pointer, no ambos</translation>
    </message>
    <message>
        <source>the site has no port; give the probe a port or a url</source>
        <translation>el sitio no tiene puerto; indique un puerto o una url para la sonda</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a host name or address</source>
        <translation>&quot;%1&quot; debe ser un nombre de host o una dirección</translation>
    </message>
</context>
<context>
    <name>Query</name>
    <message>
        <source>The database refused a statement: %1</source>
        <translation>La base de datos rechazó una sentencia: %1</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>undone because %1 failed: %2</source>
        <translation>deshecho porque %1 falló: %2</translation>
    </message>
    <message>
        <source>rolled back: it was not installed before</source>
        <translation>revertido: no estaba instalado antes</translation>
    </message>
    <message>
        <source>the journal&apos;s state &quot;%1&quot; is not one this program knows</source>
        <translation>este programa no conoce el estado &quot;%1&quot; del diario de operaciones</translation>
    </message>
    <message>
        <source>rolled back to the state before operation %1</source>
        <translation>revertido al estado anterior a la operación %1</translation>
    </message>
    <message>
        <source>clean-up is incomplete (recover finishes it): %1</source>
        <translation>la limpieza está incompleta (recover la termina): %1</translation>
    </message>
    <message>
        <source>found on disk</source>
        <translation>encontrado en disco</translation>
    </message>
    <message>
        <source>the database said version %1, the site has %2</source>
        <translation>la base de datos indicaba la versión %1, el sitio tiene %2</translation>
    </message>
    <message>
        <source>a held site lock needs the site&apos;s name</source>
        <translation>un bloqueo de sitio retenido necesita el nombre del sitio</translation>
    </message>
    <message>
        <source>operation %1 was interrupted and has been rolled back</source>
        <translation>la operación %1 se interrumpió y se ha revertido</translation>
    </message>
    <message>
        <source>completed operation %1 (%2)</source>
        <translation>se completó la operación %1 (%2)</translation>
    </message>
    <message>
        <source>rolled back operation %1 (%2)</source>
        <translation>se revirtió la operación %1 (%2)</translation>
    </message>
    <message>
        <source>operation %1 was interrupted and changed nothing</source>
        <translation>la operación %1 se interrumpió y no cambió nada</translation>
    </message>
</context>
<context>
    <name>RegistryCache</name>
    <message>
        <source>the cached file is missing</source>
        <translation>falta el archivo en caché</translation>
    </message>
    <message>
        <source>cannot read the cached file: %1</source>
        <translation>no se puede leer el archivo en caché: %1</translation>
    </message>
    <message>
        <source>the cached file is larger than %1 bytes</source>
        <translation>el archivo en caché supera los %1 bytes</translation>
    </message>
    <message>
        <source>cannot create the registry&apos;s cache folder</source>
        <translation>no se puede crear la carpeta de caché del registro</translation>
    </message>
    <message>
        <source>the cached catalog was changed on disk: its SHA-256 is %1, the database recorded %2</source>
        <translation>el catálogo en caché se modificó en el disco: su SHA-256 es %1, la base de datos registró %2</translation>
    </message>
    <message>
        <source>cannot remove an old cached catalog</source>
        <translation>no se puede quitar un catálogo antiguo en caché</translation>
    </message>
    <message>
        <source>cannot create the cache&apos;s trash folder</source>
        <translation>no se puede crear la carpeta de papelera de la caché</translation>
    </message>
    <message>
        <source>cannot move the registry&apos;s cached files out of the way</source>
        <translation>no se pueden apartar los archivos en caché del registro</translation>
    </message>
    <message>
        <source>cannot delete old cached files</source>
        <translation>no se pueden eliminar los archivos antiguos en caché</translation>
    </message>
</context>
<context>
    <name>RegistryIndexer</name>
    <message>
        <source>cannot read the package: %1</source>
        <translation>no se puede leer el paquete: %1</translation>
    </message>
    <message>
        <source>not a package (a tar.gz): %1</source>
        <translation>no es un paquete (un tar.gz): %1</translation>
    </message>
    <message>
        <source>the package is damaged: %1</source>
        <translation>el paquete está dañado: %1</translation>
    </message>
    <message>
        <source>the package&apos;s manifest.json is not a regular file</source>
        <translation>el manifest.json del paquete no es un archivo normal</translation>
    </message>
    <message>
        <source>the package&apos;s manifest.json is larger than %1 bytes</source>
        <translation>el manifest.json del paquete supera los %1 bytes</translation>
    </message>
    <message>
        <source>the package has no manifest.json at its root</source>
        <translation>el paquete no tiene manifest.json en su raíz</translation>
    </message>
    <message>
        <source>there is no folder here</source>
        <translation>aquí no hay ninguna carpeta</translation>
    </message>
    <message>
        <source>a catalog must stay valid for at least one day</source>
        <translation>un catálogo debe ser válido durante al menos un día</translation>
    </message>
    <message>
        <source>cannot read the existing catalog: %1</source>
        <translation>no se puede leer el catálogo existente: %1</translation>
    </message>
    <message>
        <source>the existing catalog.json is invalid; fix or remove it (its serial keeps clients safe from rollbacks): %1</source>
        <translation>el catalog.json existente no es válido; corríjalo o quítelo (su número de serie protege a los clientes de reversiones): %1</translation>
    </message>
    <message>
        <source>skipped %1: not a module name</source>
        <translation>se omitió %1: no es un nombre de módulo</translation>
    </message>
    <message>
        <source>skipped %1: not a version</source>
        <translation>se omitió %1: no es una versión</translation>
    </message>
    <message>
        <source>skipped %1: no %2 in it</source>
        <translation>se omitió %1: no contiene %2</translation>
    </message>
    <message>
        <source>the package&apos;s manifest says %1 %2, but it is filed as %3 %4</source>
        <translation>el manifiesto del paquete indica %1 %2, pero está archivado como %3 %4</translation>
    </message>
    <message>
        <source>%1 %2 is in the previous catalog but its package is gone; it is no longer listed</source>
        <translation>%1 %2 está en el catálogo anterior pero su paquete ya no existe; ya no se incluye</translation>
    </message>
    <message>
        <source>cannot remove the old catalog signature, which no longer matches</source>
        <translation>no se puede quitar la firma del catálogo anterior, que ya no coincide</translation>
    </message>
    <message>
        <source>removed %1: it signed the previous catalog; sign this one with --sign KEY</source>
        <translation>se quitó %1: firmaba el catálogo anterior; firme este con --sign KEY</translation>
    </message>
</context>
<context>
    <name>RegistryRepository</name>
    <message>
        <source>A registry needs a name.</source>
        <translation>Un registro necesita un nombre.</translation>
    </message>
    <message>
        <source>A registry needs a URL.</source>
        <translation>Un registro necesita una URL.</translation>
    </message>
    <message>
        <source>A registry needs at least one trusted key.</source>
        <translation>Un registro necesita al menos una clave de confianza.</translation>
    </message>
    <message>
        <source>A registry with this name already exists.</source>
        <translation>Ya existe un registro con este nombre.</translation>
    </message>
    <message>
        <source>The new registry got no id.</source>
        <translation>El nuevo registro no recibió ningún id.</translation>
    </message>
    <message>
        <source>There is no registry with this name.</source>
        <translation>No hay ningún registro con este nombre.</translation>
    </message>
    <message>
        <source>A trusted key needs its id and its public key.</source>
        <translation>Una clave de confianza necesita su id y su clave pública.</translation>
    </message>
    <message>
        <source>Key %1 is already trusted for this registry.</source>
        <translation>La clave %1 ya es de confianza para este registro.</translation>
    </message>
    <message>
        <source>Key %1 is the registry&apos;s only trusted key; trust another key first, or remove the registry.</source>
        <translation>La clave %1 es la única clave de confianza del registro; confíe primero en otra clave o quite el registro.</translation>
    </message>
    <message>
        <source>Key %1 is not trusted for this registry.</source>
        <translation>La clave %1 no es de confianza para este registro.</translation>
    </message>
    <message>
        <source>An accepted catalog needs its serial and its SHA-256.</source>
        <translation>Un catálogo aceptado necesita su número de serie y su SHA-256.</translation>
    </message>
    <message>
        <source>Another refresh changed the registry&apos;s catalog meanwhile (now at serial %1); this one was not recorded.</source>
        <translation>Otra actualización cambió mientras tanto el catálogo del registro (ahora con número de serie %1); esta no se registró.</translation>
    </message>
    <message>
        <source>Only an unchanged or a failed refresh is recorded this way.</source>
        <translation>Así solo se registra una actualización sin cambios o fallida.</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The database migrations are missing from the program.</source>
        <translation>Faltan en el programa las migraciones de la base de datos.</translation>
    </message>
    <message>
        <source>A migration is not named NNNN_name.sql.</source>
        <translation>Una migración no tiene un nombre NNNN_name.sql.</translation>
    </message>
    <message>
        <source>Migration %1 follows migration %2: the numbers must have no gaps.</source>
        <translation>La migración %1 sigue a la migración %2: los números no deben tener huecos.</translation>
    </message>
    <message>
        <source>A migration cannot be read.</source>
        <translation>No se puede leer una migración.</translation>
    </message>
    <message>
        <source>Unknown placeholder “%1” in a migration.</source>
        <translation>Marcador desconocido “%1” en una migración.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than version %3 that this program knows; it was left untouched. Use a newer Mothership.</source>
        <translation>La base de datos %1 tiene la versión de esquema %2, más reciente que la versión %3 que conoce este programa; no se ha modificado. Use una versión más reciente de Mothership.</translation>
    </message>
</context>
<context>
    <name>ScopeHealth</name>
    <message>
        <source>%1 probe %2</source>
        <translation>sonda %1 %2</translation>
    </message>
    <message>
        <source>%1 probe %2 of %3</source>
        <translation>sonda %1 %2 de %3</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>A setting needs a key.</source>
        <translation>Un ajuste necesita una clave.</translation>
    </message>
</context>
<context>
    <name>SiteJson</name>
    <message>
        <source>not valid JSON: %1 (column %2)</source>
        <translation>no es JSON válido: %1 (columna %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: expected a non-empty string</source>
        <translation>campo &quot;%1&quot;: se esperaba una cadena no vacía</translation>
    </message>
    <message>
        <source>field &quot;agent&quot;: expected an http:// or https:// URL</source>
        <translation>campo &quot;agent&quot;: se esperaba una URL http:// o https://</translation>
    </message>
    <message>
        <source>field &quot;environment&quot;: expected &quot;development&quot;, &quot;staging&quot; or &quot;production&quot;</source>
        <translation>campo &quot;environment&quot;: se esperaba &quot;development&quot;, &quot;staging&quot; o &quot;production&quot;</translation>
    </message>
    <message>
        <source>field &quot;port&quot;: expected an integer from 1 to 65535</source>
        <translation>campo &quot;port&quot;: se esperaba un entero de 1 a 65535</translation>
    </message>
    <message>
        <source>field &quot;instances&quot;: expected an integer from 1 to 10000</source>
        <translation>campo &quot;instances&quot;: se esperaba un entero de 1 a 10000</translation>
    </message>
    <message>
        <source>field &quot;domains&quot;: expected an array of host names</source>
        <translation>campo &quot;domains&quot;: se esperaba un array de nombres de host</translation>
    </message>
    <message>
        <source>field &quot;domains[%1]&quot;: expected a host name</source>
        <translation>campo &quot;domains[%1]&quot;: se esperaba un nombre de host</translation>
    </message>
    <message>
        <source>field &quot;health&quot;: expected an array of probes</source>
        <translation>campo &quot;health&quot;: se esperaba un array de sondas</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: %2</source>
        <translation>campo &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (ignored)</source>
        <translation>campo desconocido &quot;%1&quot; (se ignora)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of another probe</source>
        <translation>&quot;%1&quot; ya es el nombre de otra sonda</translation>
    </message>
    <message>
        <source>port %1 is out of range</source>
        <translation>el puerto %1 está fuera de rango</translation>
    </message>
    <message>
        <source>no &quot;port&quot; field to change</source>
        <translation>no hay ningún campo &quot;port&quot; que cambiar</translation>
    </message>
</context>
<context>
    <name>SiteLock</name>
    <message>
        <source>cannot open the site&apos;s folder: %1</source>
        <translation>no se puede abrir la carpeta del sitio: %1</translation>
    </message>
    <message>
        <source>another operation is changing this site</source>
        <translation>otra operación está modificando este sitio</translation>
    </message>
    <message>
        <source>cannot lock the site&apos;s folder: %1</source>
        <translation>no se puede bloquear la carpeta del sitio: %1</translation>
    </message>
</context>
<context>
    <name>SiteReloader</name>
    <message>
        <source>the site&apos;s reload command did not start: %1</source>
        <translation>la orden de recarga del sitio no se inició: %1</translation>
    </message>
    <message>
        <source>the site&apos;s reload command did not finish within %1 s</source>
        <translation>la orden de recarga del sitio no terminó en %1 s</translation>
    </message>
    <message>
        <source>the site&apos;s reload command crashed</source>
        <translation>la orden de recarga del sitio se bloqueó</translation>
    </message>
    <message>
        <source>the site&apos;s reload command failed with status %1</source>
        <translation>la orden de recarga del sitio falló con el estado %1</translation>
    </message>
</context>
<context>
    <name>SiteRepository</name>
    <message>
        <source>The stored value cannot be read.</source>
        <translation>No se puede leer el valor almacenado.</translation>
    </message>
    <message>
        <source>There is no such site.</source>
        <translation>No existe ese sitio.</translation>
    </message>
    <message>
        <source>A scanned site has no name.</source>
        <translation>Un sitio analizado no tiene nombre.</translation>
    </message>
    <message>
        <source>The port is outside 0–65535.</source>
        <translation>El puerto está fuera de 0–65535.</translation>
    </message>
    <message>
        <source>Two scanned sites have the same name.</source>
        <translation>Dos sitios analizados tienen el mismo nombre.</translation>
    </message>
    <message>
        <source>The new site got no id.</source>
        <translation>El nuevo sitio no recibió ningún id.</translation>
    </message>
</context>
<context>
    <name>SiteScanner</name>
    <message>
        <source>%1 is neither true nor false; ignored</source>
        <translation>%1 no es ni true ni false; se ignora</translation>
    </message>
    <message>
        <source>%1 is not a port number (1–65535)</source>
        <translation>%1 no es un número de puerto (1–65535)</translation>
    </message>
    <message>
        <source>%1 names no known environment; taken as %2</source>
        <translation>%1 no indica ningún entorno conocido; se toma como %2</translation>
    </message>
    <message>
        <source>apps directory not found</source>
        <translation>no se encontró el directorio de aplicaciones</translation>
    </message>
    <message>
        <source>cannot read the apps directory</source>
        <translation>no se puede leer el directorio de aplicaciones</translation>
    </message>
    <message>
        <source>broken or looping link; skipped</source>
        <translation>enlace roto o en bucle; se omite</translation>
    </message>
    <message>
        <source>link to an apps directory or above it; skipped</source>
        <translation>enlace a un directorio de aplicaciones o a uno superior; se omite</translation>
    </message>
    <message>
        <source>same folder as %1; scanned once</source>
        <translation>misma carpeta que %1; se analiza una vez</translation>
    </message>
    <message>
        <source>another site has the name &quot;%1&quot; (%2)</source>
        <translation>otro sitio tiene el nombre &quot;%1&quot; (%2)</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>cannot put the snapshot in place</source>
        <translation>no se puede colocar la instantánea en su sitio</translation>
    </message>
    <message>
        <source>the snapshot was written by a newer Mothership (schema %1; this one knows %2)</source>
        <translation>la instantánea la escribió una versión más reciente de Mothership (esquema %1; esta conoce el %2)</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>no se puede crear una carpeta temporal</translation>
    </message>
    <message>
        <source>cannot copy the snapshot</source>
        <translation>no se puede copiar la instantánea</translation>
    </message>
</context>
<context>
    <name>SnapshotStore</name>
    <message>
        <source>A snapshot is a SQLite file.</source>
        <translation>Una instantánea es un archivo SQLite.</translation>
    </message>
    <message>
        <source>Cannot list the tables.</source>
        <translation>No se pueden enumerar las tablas.</translation>
    </message>
    <message>
        <source>Cannot read the table %1.</source>
        <translation>No se puede leer la tabla %1.</translation>
    </message>
    <message>
        <source>Cannot copy the table %1.</source>
        <translation>No se puede copiar la tabla %1.</translation>
    </message>
    <message>
        <source>Cannot copy a row of the table %1.</source>
        <translation>No se puede copiar una fila de la tabla %1.</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>not a Mothership snapshot (no snapshot_info)</source>
        <translation>no es una instantánea de Mothership (no hay snapshot_info)</translation>
    </message>
    <message>
        <source>not a Mothership snapshot (no time of capture)</source>
        <translation>no es una instantánea de Mothership (no hay hora de captura)</translation>
    </message>
</context>
<context>
    <name>StagingDirectory</name>
    <message>
        <source>the staging directory was already created</source>
        <translation>el directorio de preparación ya se creó</translation>
    </message>
    <message>
        <source>not a usable staging directory name</source>
        <translation>no es un nombre de directorio de preparación utilizable</translation>
    </message>
    <message>
        <source>cannot open the directory for staging: %1</source>
        <translation>no se puede abrir el directorio para la preparación: %1</translation>
    </message>
    <message>
        <source>the staging directory already exists</source>
        <translation>el directorio de preparación ya existe</translation>
    </message>
    <message>
        <source>cannot create the staging directory: %1</source>
        <translation>no se puede crear el directorio de preparación: %1</translation>
    </message>
    <message>
        <source>cannot open the staging directory: %1</source>
        <translation>no se puede abrir el directorio de preparación: %1</translation>
    </message>
    <message>
        <source>the directory &quot;%1&quot; was not created by this extraction</source>
        <translation>el directorio &quot;%1&quot; no lo creó esta extracción</translation>
    </message>
    <message>
        <source>cannot create the directory &quot;%1&quot;: %2</source>
        <translation>no se puede crear el directorio &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>cannot open the directory &quot;%1&quot;: %2</source>
        <translation>no se puede abrir el directorio &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the directory &quot;%1&quot; does not exist</source>
        <translation>el directorio &quot;%1&quot; no existe</translation>
    </message>
    <message>
        <source>its parent &quot;%1&quot; is a symbolic link, and nothing is extracted through a link</source>
        <translation>su directorio padre &quot;%1&quot; es un enlace simbólico, y no se extrae nada a través de un enlace</translation>
    </message>
    <message>
        <source>its parent &quot;%1&quot; is not a directory</source>
        <translation>su directorio padre &quot;%1&quot; no es un directorio</translation>
    </message>
    <message>
        <source>the staging directory is not open</source>
        <translation>el directorio de preparación no está abierto</translation>
    </message>
    <message>
        <source>the entry would replace a directory</source>
        <translation>la entrada reemplazaría un directorio</translation>
    </message>
    <message>
        <source>the entry would replace a symbolic link</source>
        <translation>la entrada reemplazaría un enlace simbólico</translation>
    </message>
    <message>
        <source>the entry would replace an earlier entry of the same name</source>
        <translation>la entrada reemplazaría una entrada anterior con el mismo nombre</translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>no se puede crear el archivo: %1</translation>
    </message>
    <message>
        <source>cannot set the file&apos;s mode: %1</source>
        <translation>no se puede establecer el modo del archivo: %1</translation>
    </message>
    <message>
        <source>cannot create the symbolic link: %1</source>
        <translation>no se puede crear el enlace simbólico: %1</translation>
    </message>
    <message>
        <source>the hard link target is not a regular file</source>
        <translation>el destino del enlace duro no es un archivo normal</translation>
    </message>
    <message>
        <source>cannot create the hard link: %1</source>
        <translation>no se puede crear el enlace duro: %1</translation>
    </message>
    <message>
        <source>cannot flush the staging directory to disk: %1</source>
        <translation>no se puede volcar al disco el directorio de preparación: %1</translation>
    </message>
    <message>
        <source>cannot remove the staging directory: %1</source>
        <translation>no se puede quitar el directorio de preparación: %1</translation>
    </message>
</context>
<context>
    <name>StateRecorder</name>
    <message>
        <source>the stored state &quot;%1&quot; is not one this program knows</source>
        <translation>este programa no conoce el estado almacenado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the module already has a state</source>
        <translation>el módulo ya tiene un estado</translation>
    </message>
    <message>
        <source>found on disk as %1</source>
        <translation>encontrado en disco como %1</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The transaction was already finished.</source>
        <translation>La transacción ya había terminado.</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>no public key to trust</source>
        <translation>no hay ninguna clave pública en la que confiar</translation>
    </message>
    <message>
        <source>the stored key&apos;s id %1 does not match the key itself (%2)</source>
        <translation>el id %1 de la clave almacenada no coincide con la propia clave (%2)</translation>
    </message>
</context>
<context>
    <name>UnencryptedSecretFile</name>
    <message>
        <source>cannot inspect the unencrypted secrets file: %1</source>
        <translation>no se puede examinar el archivo de secretos sin cifrar: %1</translation>
    </message>
    <message>
        <source>the unencrypted secrets file is not a regular file</source>
        <translation>el archivo de secretos sin cifrar no es un archivo normal</translation>
    </message>
    <message>
        <source>the unencrypted secrets file belongs to another user</source>
        <translation>el archivo de secretos sin cifrar pertenece a otro usuario</translation>
    </message>
    <message>
        <source>the unencrypted secrets file can be read by other users; restrict it with chmod 600 before it is used</source>
        <translation>otros usuarios pueden leer el archivo de secretos sin cifrar; restrínjalo con chmod 600 antes de usarlo</translation>
    </message>
    <message>
        <source>cannot read the unencrypted secrets file: %1</source>
        <translation>no se puede leer el archivo de secretos sin cifrar: %1</translation>
    </message>
    <message>
        <source>the unencrypted secrets file is too large</source>
        <translation>el archivo de secretos sin cifrar es demasiado grande</translation>
    </message>
    <message>
        <source>the unencrypted secrets file is damaged or not Mothership&apos;s</source>
        <translation>el archivo de secretos sin cifrar está dañado o no es de Mothership</translation>
    </message>
    <message>
        <source>cannot remove the unencrypted secrets file: %1</source>
        <translation>no se puede quitar el archivo de secretos sin cifrar: %1</translation>
    </message>
    <message>
        <source>cannot create the directory</source>
        <translation>no se puede crear el directorio</translation>
    </message>
    <message>
        <source>cannot create the unencrypted secrets file: %1</source>
        <translation>no se puede crear el archivo de secretos sin cifrar: %1</translation>
    </message>
    <message>
        <source>cannot write the unencrypted secrets file: %1</source>
        <translation>no se puede escribir el archivo de secretos sin cifrar: %1</translation>
    </message>
    <message>
        <source>no secret is stored under %1</source>
        <translation>no hay ningún secreto almacenado con el nombre %1</translation>
    </message>
    <message>
        <source>the secret stored under %1 is damaged</source>
        <translation>el secreto almacenado con el nombre %1 está dañado</translation>
    </message>
</context>
<context>
    <name>ValidationReport</name>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>%1 has no errors to report</source>
        <translation>%1 no tiene errores que notificar</translation>
    </message>
    <message>
        <source>%1 is invalid: %2</source>
        <translation>%1 no es válido: %2</translation>
    </message>
    <message>
        <source>%1 has %2 problems; the first: %3</source>
        <translation>%1 tiene %2 problemas; el primero: %3</translation>
    </message>
</context>
<context>
    <name>VendorKey</name>
    <message>
        <source>too large to be a JWK</source>
        <translation>demasiado grande para ser un JWK</translation>
    </message>
    <message>
        <source>the key is not valid JSON: %1</source>
        <translation>la clave no es JSON válido: %1</translation>
    </message>
    <message>
        <source>the key is not a JWK: expected a JSON object</source>
        <translation>la clave no es un JWK: se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>the JWK has no key type</source>
        <translation>el JWK no tiene tipo de clave</translation>
    </message>
    <message>
        <source>key type %1 is not supported: vendor keys are Ed25519 (kty OKP)</source>
        <translation>el tipo de clave %1 no es compatible: las claves de proveedor son Ed25519 (kty OKP)</translation>
    </message>
    <message>
        <source>the JWK has no curve</source>
        <translation>el JWK no tiene curva</translation>
    </message>
    <message>
        <source>curve %1 is not supported: vendor keys are Ed25519</source>
        <translation>la curva %1 no es compatible: las claves de proveedor son Ed25519</translation>
    </message>
    <message>
        <source>the JWK holds a private key; trust only the vendor&apos;s public key (remove &quot;d&quot;)</source>
        <translation>el JWK contiene una clave privada; confíe solo en la clave pública del proveedor (quite &quot;d&quot;)</translation>
    </message>
    <message>
        <source>the key is not meant for signatures (use must be &quot;sig&quot;)</source>
        <translation>la clave no está destinada a firmas (use debe ser &quot;sig&quot;)</translation>
    </message>
    <message>
        <source>the key&apos;s algorithm must be EdDSA</source>
        <translation>el algoritmo de la clave debe ser EdDSA</translation>
    </message>
    <message>
        <source>the JWK has no public key</source>
        <translation>el JWK no tiene clave pública</translation>
    </message>
    <message>
        <source>the public key is not base64url</source>
        <translation>la clave pública no es base64url</translation>
    </message>
    <message>
        <source>the public key has %1 bytes; an Ed25519 key has 32</source>
        <translation>la clave pública tiene %1 bytes; una clave Ed25519 tiene 32</translation>
    </message>
    <message>
        <source>the key id must be a string</source>
        <translation>el id de clave debe ser una cadena</translation>
    </message>
</context>
<context>
    <name>VendorKeyRepository</name>
    <message>
        <source>A vendor key needs an issuer.</source>
        <translation>Una clave de proveedor necesita un emisor.</translation>
    </message>
    <message>
        <source>A vendor key needs its public key.</source>
        <translation>Una clave de proveedor necesita su clave pública.</translation>
    </message>
    <message>
        <source>The new vendor key got no id.</source>
        <translation>La nueva clave de proveedor no recibió ningún id.</translation>
    </message>
</context>
<context>
    <name>Version</name>
    <message>
        <source>&quot;%1&quot; is not a valid version: %2</source>
        <translation>&quot;%1&quot; no es una versión válida: %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacía</translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation>supera los %1 caracteres</translation>
    </message>
    <message>
        <source>the build metadata after &quot;+&quot; is empty</source>
        <translation>los metadatos de compilación después de &quot;+&quot; están vacíos</translation>
    </message>
    <message>
        <source>the pre-release after &quot;-&quot; is empty</source>
        <translation>la versión preliminar después de &quot;-&quot; está vacía</translation>
    </message>
    <message>
        <source>expected MAJOR.MINOR.PATCH</source>
        <translation>se esperaba MAJOR.MINOR.PATCH</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number without leading zeros below 2^53</source>
        <translation>&quot;%1&quot; no es un número sin ceros a la izquierda inferior a 2^53</translation>
    </message>
    <message>
        <source>the pre-release &quot;%1&quot; must be dot-separated [0-9A-Za-z-] identifiers, numbers without leading zeros</source>
        <translation>la versión preliminar &quot;%1&quot; debe ser identificadores [0-9A-Za-z-] separados por puntos, con números sin ceros a la izquierda</translation>
    </message>
    <message>
        <source>the build metadata &quot;%1&quot; must be dot-separated [0-9A-Za-z-] identifiers</source>
        <translation>los metadatos de compilación &quot;%1&quot; deben ser identificadores [0-9A-Za-z-] separados por puntos</translation>
    </message>
</context>
<context>
    <name>VersionRange</name>
    <message>
        <source>a bound overflows the largest version number</source>
        <translation>un límite desborda el número de versión más grande</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version or comparator</source>
        <translation>&quot;%1&quot; no es una versión ni un comparador</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid hyphen range</source>
        <translation>&quot;%1&quot; no es un rango con guion válido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid range: %2</source>
        <translation>&quot;%1&quot; no es un rango válido: %2</translation>
    </message>
</context>
<context>
    <name>ctl</name>
    <message>
        <source>the audit log, newest first</source>
        <translation>el registro de auditoría, el más reciente primero</translation>
    </message>
    <message>
        <source>check that no audit entry was altered or removed</source>
        <translation>comprobar que no se alteró ni quitó ninguna entrada de auditoría</translation>
    </message>
    <message>
        <source>probe the sites once (--watch: keep probing, print transitions)</source>
        <translation>sondear los sitios una vez (--watch: seguir sondeando, mostrar transiciones)</translation>
    </message>
    <message>
        <source>uptime, latency and transitions of a site</source>
        <translation>disponibilidad, latencia y transiciones de un sitio</translation>
    </message>
    <message>
        <source>discover the sites in apps directories and record them</source>
        <translation>descubrir los sitios en los directorios de aplicaciones y registrarlos</translation>
    </message>
    <message>
        <source>the inventory</source>
        <translation>el inventario</translation>
    </message>
    <message>
        <source>one site in detail</source>
        <translation>un sitio en detalle</translation>
    </message>
    <message>
        <source>set the title shown for a site (kept across rescans)</source>
        <translation>establecer el título que se muestra para un sitio (se conserva al volver a analizar)</translation>
    </message>
    <message>
        <source>port and domain conflicts; --fix moves ports, keeping backups</source>
        <translation>conflictos de puertos y de dominios; --fix mueve puertos y guarda copias de seguridad</translation>
    </message>
    <message>
        <source>which site serves a domain, a port or a business context</source>
        <translation>qué sitio sirve un dominio, un puerto o un contexto de negocio</translation>
    </message>
    <message>
        <source>trust a vendor&apos;s Ed25519 key (a JWK: kty OKP, crv Ed25519) for its licenses</source>
        <translation>confiar en la clave Ed25519 de un proveedor (un JWK: kty OKP, crv Ed25519) para sus licencias</translation>
    </message>
    <message>
        <source>verify a license key without installing anything</source>
        <translation>verificar una clave de licencia sin instalar nada</translation>
    </message>
    <message>
        <source>install modules and what they need on a site, from the registries</source>
        <translation>instalar módulos, y lo que necesiten, en un sitio desde los registros</translation>
    </message>
    <message>
        <source>move an installed module to a newer (or the given) version</source>
        <translation>llevar un módulo instalado a una versión más reciente (o a la indicada)</translation>
    </message>
    <message>
        <source>load an installed module again</source>
        <translation>volver a cargar un módulo instalado</translation>
    </message>
    <message>
        <source>stop loading a module; its files stay</source>
        <translation>dejar de cargar un módulo; sus archivos se conservan</translation>
    </message>
    <message>
        <source>switch a module back to its previous version on disk</source>
        <translation>devolver un módulo a su versión anterior en disco</translation>
    </message>
    <message>
        <source>remove a module; --cascade removes what depends on it first</source>
        <translation>quitar un módulo; --cascade quita antes lo que depende de él</translation>
    </message>
    <message>
        <source>a site&apos;s installed modules, their versions and states</source>
        <translation>los módulos instalados de un sitio, sus versiones y estados</translation>
    </message>
    <message>
        <source>finish or undo operations that a crash interrupted</source>
        <translation>terminar o deshacer las operaciones que interrumpió un fallo</translation>
    </message>
    <message>
        <source>add a module registry, trusting its minisign key(s)</source>
        <translation>añadir un registro de módulos, con confianza en su(s) clave(s) minisign</translation>
    </message>
    <message>
        <source>the registries, their catalogs and last refresh</source>
        <translation>los registros, sus catálogos y su última actualización</translation>
    </message>
    <message>
        <source>forget a registry, its keys and cached files</source>
        <translation>olvidar un registro, sus claves y sus archivos en caché</translation>
    </message>
    <message>
        <source>fetch and verify the catalogs of every registry, or of one</source>
        <translation>obtener y verificar los catálogos de todos los registros, o de uno</translation>
    </message>
    <message>
        <source>build (and sign) catalog.json for a folder of packages, for publishers</source>
        <translation>generar (y firmar) catalog.json para una carpeta de paquetes, para editores</translation>
    </message>
    <message>
        <source>the modules the registries offer, best match first</source>
        <translation>los módulos que ofrecen los registros, la mejor coincidencia primero</translation>
    </message>
    <message>
        <source>build a reproducible module package from a folder with a manifest</source>
        <translation>generar un paquete de módulo reproducible a partir de una carpeta con un manifiesto</translation>
    </message>
    <message>
        <source>what installing modules on a site would do, in which order, and why</source>
        <translation>lo que haría instalar módulos en un sitio, en qué orden y por qué</translation>
    </message>
    <message>
        <source>settings kept with the inventory (platform.core_version, ...)</source>
        <translation>ajustes guardados con el inventario (platform.core_version, ...)</translation>
    </message>
    <message>
        <source>write one file with a consistent copy of the inventory (no secrets)</source>
        <translation>escribir un archivo con una copia coherente del inventario (sin secretos)</translation>
    </message>
    <message>
        <source>show a snapshot read-only: when and where, and its sites</source>
        <translation>mostrar una instantánea en modo de solo lectura: cuándo y dónde, y sus sitios</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Mothership</source>
        <translation>Mothership</translation>
    </message>
    <message>
        <source>The console for running a multi-site platform&apos;s modules.</source>
        <translation>La consola para gestionar los módulos de una plataforma multisitio.</translation>
    </message>
    <message>
        <source>Open the bundled demo workspace.</source>
        <translation>Abrir el espacio de trabajo de demostración incluido.</translation>
    </message>
    <message>
        <source>The database (a path or a postgresql:// URL).</source>
        <translation>La base de datos (una ruta o una URL postgresql://).</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Representar la ventana en un archivo PNG y salir.</translation>
    </message>
    <message>
        <source>Open an inventory snapshot, read-only.</source>
        <translation>Abrir una instantánea del inventario, en modo de solo lectura.</translation>
    </message>
    <message>
        <source>The language (en, es).</source>
        <translation>El idioma (en, es).</translation>
    </message>
    <message>
        <source>The database cannot be opened:
%1</source>
        <translation>No se puede abrir la base de datos:
%1</translation>
    </message>
    <message>
        <source>The page to show first (dashboard, sites, health, activity, …).</source>
        <translation>La página que se mostrará primero (dashboard, sites, health, activity, …).</translation>
    </message>
</context>
<context>
    <name>ms::ActivityPage</name>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verificar cadena</translation>
    </message>
    <message>
        <source>Check that no entry was altered or removed since it was written</source>
        <translation>Comprobar que no se alteró ni quitó ninguna entrada desde que se escribió</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Select an entry to see its details.</source>
        <translation>Seleccione una entrada para ver sus detalles.</translation>
    </message>
    <message>
        <source>The newest %1 entries; narrow the filters to see older ones.</source>
        <translation>Las %1 entradas más recientes; restrinja los filtros para ver otras más antiguas.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entries verified.</source>
        <translation>
            <numerusform>Cadena intacta: %n entrada verificada.</numerusform>
            <numerusform>Cadena intacta: %n entradas verificadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken: %1</source>
        <translation>Cadena rota: %1</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>Entry %1 — %2 by %3 at %4</source>
        <translation>Entrada %1 — %2 por %3 el %4</translation>
    </message>
    <message>
        <source>Hash: %1
Previous: %2</source>
        <translation>Hash: %1
Anterior: %2</translation>
    </message>
</context>
<context>
    <name>ms::AuditLog</name>
    <message>
        <source>Entry %1 does not follow the start of the log: entries before it were removed.</source>
        <translation>La entrada %1 no sigue al inicio del registro: se quitaron entradas anteriores a ella.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: an entry between them was removed, or entry %2 was altered.</source>
        <translation>La entrada %1 no sigue a la entrada %2: se quitó una entrada entre ellas o se alteró la entrada %2.</translation>
    </message>
    <message>
        <source>Entry %1 was altered after it was written.</source>
        <translation>La entrada %1 se alteró después de escribirse.</translation>
    </message>
    <message>
        <source>The log ends at entry %1, but entry %2 was written: the newest entries were removed.</source>
        <translation>El registro termina en la entrada %1, pero se escribió la entrada %2: se quitaron las entradas más recientes.</translation>
    </message>
    <message>
        <source>The log&apos;s head does not match its newest entry %1.</source>
        <translation>La cabecera del registro no coincide con su entrada más reciente %1.</translation>
    </message>
</context>
<context>
    <name>ms::AuditTableModel</name>
    <message>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Port fix</source>
        <translation>Corrección de puertos</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivación</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Reversión</translation>
    </message>
    <message>
        <source>Uninstall</source>
        <translation>Desinstalación</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Registry refresh</source>
        <translation>Actualización del registro</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Registry added</source>
        <translation>Registro añadido</translation>
    </message>
    <message>
        <source>Registry removed</source>
        <translation>Registro eliminado</translation>
    </message>
    <message>
        <source>State change</source>
        <translation>Cambio de estado</translation>
    </message>
</context>
<context>
    <name>ms::CatalogModel</name>
    <message>
        <source>Core</source>
        <translation>Núcleo</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Necesaria</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n sitio</numerusform>
            <numerusform>%n sitios</numerusform>
        </translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>Actualización disponible</translation>
    </message>
    <message>
        <source>Installing it needs a license key from its vendor</source>
        <translation>Instalarlo requiere una clave de licencia de su proveedor</translation>
    </message>
    <message>
        <source>At least one site runs an older version than %1</source>
        <translation>Al menos un sitio ejecuta una versión anterior a %1</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Más reciente</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Installed on</source>
        <translation>Instalado en</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
</context>
<context>
    <name>ms::Checker</name>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>ms::CommandCheck</name>
    <message>
        <source>no program to run</source>
        <translation>no hay ningún programa que ejecutar</translation>
    </message>
    <message>
        <source>cannot start the program: %1</source>
        <translation>no se puede iniciar el programa: %1</translation>
    </message>
    <message>
        <source>the program crashed</source>
        <translation>el programa se bloqueó</translation>
    </message>
    <message>
        <source>exited with %1</source>
        <translation>terminó con %1</translation>
    </message>
    <message>
        <source>exited with %1: %2</source>
        <translation>terminó con %1: %2</translation>
    </message>
    <message>
        <source>exited with 0</source>
        <translation>terminó con 0</translation>
    </message>
    <message>
        <source>did not finish within %1; killed</source>
        <translation>no terminó en %1; se forzó su cierre</translation>
    </message>
</context>
<context>
    <name>ms::ConsoleServices</name>
    <message>
        <source>Refreshing the registries</source>
        <translation>Actualizando los registros</translation>
    </message>
</context>
<context>
    <name>ms::DashboardPage</name>
    <message>
        <source>&lt;b&gt;No sites yet.&lt;/b&gt; Add an apps directory (a folder with one folder per site) from the File menu, or look around the demo workspace first: five sites with a port conflict to fix and a signed registry of modules.</source>
        <translation>&lt;b&gt;Todavía no hay sitios.&lt;/b&gt; Añada un directorio de aplicaciones (una carpeta con una carpeta por sitio) desde el menú Archivo, o explore primero el espacio de trabajo de demostración: cinco sitios con un conflicto de puertos que corregir y un registro firmado de módulos.</translation>
    </message>
    <message>
        <source>Open the demo workspace</source>
        <translation>Abrir el espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <source>Modules installed</source>
        <translation>Módulos instalados</translation>
    </message>
    <message>
        <source>Operations today</source>
        <translation>Operaciones de hoy</translation>
    </message>
    <message>
        <source>Sites by health</source>
        <translation>Sitios por estado de salud</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Probe failures and latency, last 24 hours</source>
        <translation>Fallos de sondas y latencia, últimas 24 horas</translation>
    </message>
    <message>
        <source>Last operations</source>
        <translation>Últimas operaciones</translation>
    </message>
    <message>
        <source>Part of the dashboard could not be read: %1</source>
        <translation>No se pudo leer parte del panel: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n probe(s) failing (%2)</source>
        <translation>
            <numerusform>%1: %n sonda con fallos (%2)</numerusform>
            <numerusform>%1: %n sondas con fallos (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n probe(s) failing (%2): %3</source>
        <translation>
            <numerusform>%1: %n sonda con fallos (%2): %3</numerusform>
            <numerusform>%1: %n sondas con fallos (%2): %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Registry %1 could not be refreshed: %2</source>
        <translation>No se pudo actualizar el registro %1: %2</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nada requiere atención.</translation>
    </message>
    <message>
        <source>Open the port fix</source>
        <translation>Abrir la corrección de puertos</translation>
    </message>
    <message>
        <source>Show the site&apos;s health</source>
        <translation>Mostrar la salud del sitio</translation>
    </message>
    <message>
        <source>Show the site&apos;s modules</source>
        <translation>Mostrar los módulos del sitio</translation>
    </message>
    <message>
        <source>Show the registries</source>
        <translation>Mostrar los registros</translation>
    </message>
    <message>
        <source>Failed probes</source>
        <translation>Sondas fallidas</translation>
    </message>
    <message>
        <source>Median latency (ms)</source>
        <translation>Latencia mediana (ms)</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>No probe results in the last 24 hours of this snapshot.</source>
        <translation>No hay resultados de sondas en las últimas 24 horas de esta instantánea.</translation>
    </message>
    <message>
        <source>No probe results in the last 24 hours yet: sites are probed while the console runs.</source>
        <translation>Todavía no hay resultados de sondas en las últimas 24 horas: los sitios se sondean mientras la consola está en ejecución.</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <source>%1 on %2: the license expires on %3</source>
        <translation>%1 en %2: la licencia caduca el %3</translation>
    </message>
</context>
<context>
    <name>ms::HealthPage</name>
    <message>
        <source>A snapshot is not probed: states are unknown; the history is the snapshot&apos;s.</source>
        <translation>Una instantánea no se sondea: los estados son desconocidos; el historial es el de la instantánea.</translation>
    </message>
    <message>
        <source>Sites are probed while the console runs; states follow each probe&apos;s thresholds.</source>
        <translation>Los sitios se sondean mientras la consola está en ejecución; los estados siguen los umbrales de cada sonda.</translation>
    </message>
    <message>
        <source>The sites cannot be read: %1</source>
        <translation>No se pueden leer los sitios: %1</translation>
    </message>
</context>
<context>
    <name>ms::HealthQueryJob</name>
    <message>
        <source>The query was cancelled.</source>
        <translation>Se canceló la consulta.</translation>
    </message>
</context>
<context>
    <name>ms::HealthScheduler</name>
    <message numerus="yes">
        <source>not run: the circuit breaker for %1 is open (next try in %n s)</source>
        <translation>
            <numerusform>no se ejecutó: el cortacircuitos de %1 está abierto (siguiente intento en %n s)</numerusform>
            <numerusform>no se ejecutó: el cortacircuitos de %1 está abierto (siguiente intento en %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>trying %1 again</source>
        <translation>volviendo a probar %1</translation>
    </message>
</context>
<context>
    <name>ms::HttpCheck</name>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>no se encontró el host</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>the server closed the connection before the whole answer arrived</source>
        <translation>el servidor cerró la conexión antes de que llegara la respuesta completa</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>el servidor cerró la conexión sin responder</translation>
    </message>
    <message>
        <source>the connection broke mid-answer: %1</source>
        <translation>la conexión se cortó a mitad de la respuesta: %1</translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation>demasiadas redirecciones (más de %1)</translation>
    </message>
    <message>
        <source>redirected to an address that is not http(s)</source>
        <translation>redirigido a una dirección que no es http(s)</translation>
    </message>
    <message>
        <source>redirected from https to http</source>
        <translation>redirigido de https a http</translation>
    </message>
    <message>
        <source>the headers arrived, then the body did not finish within %1</source>
        <translation>llegaron las cabeceras, pero el cuerpo no terminó en %1</translation>
    </message>
    <message>
        <source>no answer within %1</source>
        <translation>sin respuesta en %1</translation>
    </message>
    <message>
        <source>the answer is larger than %1 (max_body_bytes)</source>
        <translation>la respuesta supera %1 (max_body_bytes)</translation>
    </message>
    <message>
        <source>HTTP %1 (expected %2)</source>
        <translation>HTTP %1 (se esperaba %2)</translation>
    </message>
    <message>
        <source>HTTP %1, but the answer does not contain &quot;%2&quot;</source>
        <translation>HTTP %1, pero la respuesta no contiene &quot;%2&quot;</translation>
    </message>
    <message>
        <source>HTTP %1, but the answer is not JSON</source>
        <translation>HTTP %1, pero la respuesta no es JSON</translation>
    </message>
    <message>
        <source>HTTP %1, but the answer has no %2</source>
        <translation>HTTP %1, pero la respuesta no tiene %2</translation>
    </message>
    <message>
        <source>HTTP %1, but %2 is %3, not %4</source>
        <translation>HTTP %1, pero %2 es %3, no %4</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>ms::InstallDialog</name>
    <message>
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation>Bajar de versión</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Uninstall</source>
        <translation>Desinstalar</translation>
    </message>
    <message>
        <source>Install %1</source>
        <translation>Instalar %1</translation>
    </message>
    <message>
        <source>No registry offers a module called %1.</source>
        <translation>Ningún registro ofrece un módulo llamado %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) from registry %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) del registro %3</translation>
    </message>
    <message>
        <source>Latest (%1)</source>
        <translation>La más reciente (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (retirada)</translation>
    </message>
    <message>
        <source>Upgrade all modules on %1</source>
        <translation>Actualizar todos los módulos de %1</translation>
    </message>
    <message>
        <source>Every module of &lt;b&gt;%1&lt;/b&gt; with a newer version in the registries.</source>
        <translation>Todos los módulos de &lt;b&gt;%1&lt;/b&gt; que tienen una versión más reciente en los registros.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Verified here, offline, before anything is downloaded, and kept in the keychain for each site. Leave a field empty to use the key the keychain already holds for the site.</source>
        <translation>Se verifica aquí, sin conexión, antes de descargar nada, y se guarda en el llavero para cada sitio. Deje un campo vacío para usar la clave que el llavero ya guarda para el sitio.</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation>Sitios:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Upgrade All</source>
        <translation>Actualizar todos</translation>
    </message>
    <message>
        <source>This is a read-only snapshot: nothing can be installed from it.</source>
        <translation>Esta es una instantánea de solo lectura: no se puede instalar nada desde ella.</translation>
    </message>
    <message>
        <source>The sites could not be read: %1</source>
        <translation>No se pudieron leer los sitios: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose the sites to install it on.</source>
        <translation>Elija los sitios en los que instalarlo.</translation>
    </message>
    <message>
        <source>No registry catalog is loaded yet.</source>
        <translation>Todavía no hay ningún catálogo de registro cargado.</translation>
    </message>
    <message>
        <source>Working out the plan…</source>
        <translation>Elaborando el plan…</translation>
    </message>
    <message>
        <source>Cannot</source>
        <translation>No es posible</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nada que hacer</translation>
    </message>
    <message>
        <source>already installed at that version</source>
        <translation>ya está instalado en esa versión</translation>
    </message>
    <message>
        <source>every module is up to date</source>
        <translation>todos los módulos están al día</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (needs a license key)</source>
        <translation>%1 (necesita una clave de licencia)</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s) cannot take this change; see why in the plan.</source>
        <translation>
            <numerusform>%n sitio no admite este cambio; consulte el motivo en el plan.</numerusform>
            <numerusform>%n sitios no admiten este cambio; consulte el motivo en el plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>No hay nada que hacer.</translation>
    </message>
    <message>
        <source>The plan, dependencies first. Nothing has been changed yet.</source>
        <translation>El plan, primero las dependencias. Todavía no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>license key for %1</source>
        <translation>clave de licencia de %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Checking the license key…</source>
        <translation>Comprobando la clave de licencia…</translation>
    </message>
    <message>
        <source>the key entered</source>
        <translation>la clave introducida</translation>
    </message>
    <message>
        <source>The license key was refused: %1</source>
        <translation>Se rechazó la clave de licencia: %1</translation>
    </message>
    <message>
        <source>Nothing was installed: the license key was refused.</source>
        <translation>No se instaló nada: se rechazó la clave de licencia.</translation>
    </message>
    <message>
        <source>The license key is valid.</source>
        <translation>La clave de licencia es válida.</translation>
    </message>
    <message>
        <source>Keeping the license key in the keychain</source>
        <translation>Guardando la clave de licencia en el llavero</translation>
    </message>
    <message>
        <source>Nothing was installed: the license key could not be kept in the keychain.</source>
        <translation>No se instaló nada: no se pudo guardar la clave de licencia en el llavero.</translation>
    </message>
    <message>
        <source>Cancelled before anything was changed.</source>
        <translation>Se canceló antes de cambiar nada.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>%1: waiting for its turn</source>
        <translation>%1: esperando su turno</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Cancelled on %1.</source>
        <translation>Cancelado en %1.</translation>
    </message>
    <message>
        <source>Failed on %1: %2</source>
        <translation>Falló en %1: %2</translation>
    </message>
    <message>
        <source>The site is as it was before.</source>
        <translation>El sitio está como estaba antes.</translation>
    </message>
    <message>
        <source>The site could not be put back; run recovery (mothershipctl recover) before changing it again.</source>
        <translation>No se pudo restaurar el sitio; ejecute la recuperación (mothershipctl recover) antes de volver a cambiarlo.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n other site(s) were not touched.</source>
        <translation>
            <numerusform>%n sitio restante no se modificó.</numerusform>
            <numerusform>%n sitios restantes no se modificaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing to do</source>
        <translation>%1: nada que hacer</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: hecho</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avisos:</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Done, with warnings: %1</source>
        <translation>Hecho, con avisos: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>ms::InstallPlanDialog</name>
    <message>
        <source>Plan an install</source>
        <translation>Planificar una instalación</translation>
    </message>
    <message>
        <source>modules, e.g. farm_manager@^1.8 reports</source>
        <translation>módulos, p. ej. farm_manager@^1.8 reports</translation>
    </message>
    <message>
        <source>catalog.json of a registry</source>
        <translation>catalog.json de un registro</translation>
    </message>
    <message>
        <source>the platform core&apos;s version, e.g. 1.4.0</source>
        <translation>la versión del núcleo de la plataforma, p. ej. 1.4.0</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Sitio:</translation>
    </message>
    <message>
        <source>Install:</source>
        <translation>Instalar:</translation>
    </message>
    <message>
        <source>Catalog:</source>
        <translation>Catálogo:</translation>
    </message>
    <message>
        <source>Platform core:</source>
        <translation>Núcleo de la plataforma:</translation>
    </message>
    <message>
        <source>Show the plan</source>
        <translation>Mostrar el plan</translation>
    </message>
    <message>
        <source>Choose a catalog</source>
        <translation>Elija un catálogo</translation>
    </message>
    <message>
        <source>Catalogs (*.json)</source>
        <translation>Catálogos (*.json)</translation>
    </message>
    <message>
        <source>Choose a site and name at least one module.</source>
        <translation>Elija un sitio e indique al menos un módulo.</translation>
    </message>
    <message>
        <source>Choose a catalog to resolve against.</source>
        <translation>Elija un catálogo con el que resolver.</translation>
    </message>
    <message>
        <source>Platform core: %1</source>
        <translation>Núcleo de la plataforma: %1</translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation>Resolviendo…</translation>
    </message>
    <message>
        <source>Nothing to do: everything asked for is installed.</source>
        <translation>No hay nada que hacer: todo lo solicitado está instalado.</translation>
    </message>
    <message>
        <source>In install order, dependencies first. Nothing has been installed.</source>
        <translation>En orden de instalación, primero las dependencias. No se ha instalado nada.</translation>
    </message>
</context>
<context>
    <name>ms::Inventory</name>
    <message>
        <source>not a directory</source>
        <translation>no es un directorio</translation>
    </message>
    <message>
        <source>Scanned %1: %2 new, %3 updated, %4 missing, %5 problems</source>
        <translation>Analizado %1: %2 nuevos, %3 actualizados, %4 ausentes, %5 problemas</translation>
    </message>
    <message>
        <source>Moved %1 from port %2 to %3 in %4</source>
        <translation>Se movió %1 del puerto %2 al %3 en %4</translation>
    </message>
</context>
<context>
    <name>ms::JobTracker</name>
    <message>
        <source>Show every running job</source>
        <translation>Mostrar todas las tareas en ejecución</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A running job in the status bar: its title, then the step it is at (&quot;Downloading&quot;).</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n tarea en ejecución</numerusform>
            <numerusform>%n tareas en ejecución</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todas</translation>
    </message>
</context>
<context>
    <name>ms::MainWindow</name>
    <message>
        <source>Mothership</source>
        <translation>Mothership</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only snapshot&lt;/b&gt; of %1, taken on %2 on %3 by %4. Nothing here can be changed.</source>
        <translation>&lt;b&gt;Instantánea de solo lectura&lt;/b&gt; de %1, tomada el %2 en %3 por %4. Aquí no se puede cambiar nada.</translation>
    </message>
    <message>
        <source>Mothership — snapshot %1</source>
        <translation>Mothership — instantánea %1</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>&amp;Add Apps Directory…</source>
        <translation>&amp;Añadir directorio de aplicaciones…</translation>
    </message>
    <message>
        <source>Add a folder that holds one folder per site, and scan it</source>
        <translation>Añadir una carpeta que contiene una carpeta por sitio y analizarla</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>&amp;Volver a analizar</translation>
    </message>
    <message>
        <source>Read every site&apos;s .env, package.json and site.json again</source>
        <translation>Volver a leer los archivos .env, package.json y site.json de cada sitio</translation>
    </message>
    <message>
        <source>&amp;Port Conflicts…</source>
        <translation>&amp;Conflictos de puertos…</translation>
    </message>
    <message>
        <source>Shared ports and domains, and the fix</source>
        <translation>Puertos y dominios compartidos, y su corrección</translation>
    </message>
    <message>
        <source>Plan an &amp;Install…</source>
        <translation>Planificar una &amp;instalación…</translation>
    </message>
    <message>
        <source>What installing modules on a site would do, in which order, and why</source>
        <translation>Lo que haría instalar módulos en un sitio, en qué orden y por qué</translation>
    </message>
    <message>
        <source>&amp;Export Inventory Snapshot…</source>
        <translation>&amp;Exportar instantánea del inventario…</translation>
    </message>
    <message>
        <source>Write one file with a consistent copy of the inventory, to open offline</source>
        <translation>Escribir un archivo con una copia coherente del inventario, para abrirlo sin conexión</translation>
    </message>
    <message>
        <source>Open &amp;Snapshot…</source>
        <translation>Abrir &amp;instantánea…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About Mothership</source>
        <translation>&amp;Acerca de Mothership</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Sites</source>
        <translation>&amp;Sitios</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Scan failed</source>
        <translation>Error en el análisis</translation>
    </message>
    <message>
        <source>Scanned: %1 new, %2 updated, %3 missing, %4 problems.</source>
        <translation>Analizado: %1 nuevos, %2 actualizados, %3 ausentes, %4 problemas.</translation>
    </message>
    <message>
        <source>Snapshot written to %1.</source>
        <translation>Instantánea escrita en %1.</translation>
    </message>
    <message>
        <source>Snapshot failed</source>
        <translation>Error en la instantánea</translation>
    </message>
    <message>
        <source>Export an inventory snapshot</source>
        <translation>Exportar una instantánea del inventario</translation>
    </message>
    <message>
        <source>Mothership snapshots (*.snapshot)</source>
        <translation>Instantáneas de Mothership (*.snapshot)</translation>
    </message>
    <message>
        <source>Open an inventory snapshot</source>
        <translation>Abrir una instantánea del inventario</translation>
    </message>
    <message>
        <source>Mothership snapshots (*.snapshot);;All files (*)</source>
        <translation>Instantáneas de Mothership (*.snapshot);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open the snapshot</source>
        <translation>No se puede abrir la instantánea</translation>
    </message>
    <message>
        <source>Add an apps directory</source>
        <translation>Añadir un directorio de aplicaciones</translation>
    </message>
    <message>
        <source>About Mothership</source>
        <translation>Acerca de Mothership</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Mothership %1&lt;/h3&gt;&lt;p&gt;The console for running a multi-site platform&apos;s modules.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mothership %1&lt;/h3&gt;&lt;p&gt;La consola para gestionar los módulos de una plataforma multisitio.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n sitio</numerusform>
            <numerusform>%n sitios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>no conflicts</source>
        <translation>sin conflictos</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>This console has no page “%1”.</source>
        <translation>Esta consola no tiene ninguna página “%1”.</translation>
    </message>
    <message>
        <source>Cannot open the demo workspace</source>
        <translation>No se puede abrir el espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>The demo workspace could not be opened.</source>
        <translation>No se pudo abrir el espacio de trabajo de demostración.</translation>
    </message>
    <message>
        <source>The demo registry is not configured: %1</source>
        <translation>El registro de demostración no está configurado: %1</translation>
    </message>
    <message>
        <source>Scanning the apps directories</source>
        <translation>Analizando los directorios de aplicaciones</translation>
    </message>
    <message>
        <source>Writing the snapshot</source>
        <translation>Escribiendo la instantánea</translation>
    </message>
</context>
<context>
    <name>ms::ModulesPage</name>
    <message>
        <source>Installed</source>
        <translation>Instalados</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <source>Install…</source>
        <translation>Instalar…</translation>
    </message>
    <message>
        <source>Search modules by name, tag or description</source>
        <translation>Buscar módulos por nombre, etiqueta o descripción</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Núcleo</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <source>Only modules installed on at least one site</source>
        <translation>Solo los módulos instalados en al menos un sitio</translation>
    </message>
    <message>
        <source>Only modules a site runs an older version of</source>
        <translation>Solo los módulos de los que algún sitio ejecuta una versión anterior</translation>
    </message>
    <message>
        <source>Upgrade a Site</source>
        <translation>Actualizar un sitio</translation>
    </message>
    <message>
        <source>Some sites&apos; modules could not be read: %1</source>
        <translation>No se pudieron leer los módulos de algunos sitios: %1</translation>
    </message>
    <message>
        <source>Choose a module, then &lt;b&gt;Install…&lt;/b&gt;: it will be installed on &lt;b&gt;%1&lt;/b&gt;. &lt;a href=&quot;cancel&quot;&gt;Choose the sites in the dialog instead&lt;/a&gt;</source>
        <translation>Elija un módulo y luego &lt;b&gt;Instalar…&lt;/b&gt;: se instalará en &lt;b&gt;%1&lt;/b&gt;. &lt;a href=&quot;cancel&quot;&gt;Elegir los sitios en el diálogo en su lugar&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Every site is up to date</source>
        <translation>Todos los sitios están al día</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n update(s)</source>
        <translation>
            <numerusform>%1 — %n actualización</numerusform>
            <numerusform>%1 — %n actualizaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a read-only snapshot: nothing can be installed from it.</source>
        <translation>Esta es una instantánea de solo lectura: no se puede instalar nada desde ella.</translation>
    </message>
    <message>
        <source>Install the selected module on sites you choose</source>
        <translation>Instalar el módulo seleccionado en los sitios que elija</translation>
    </message>
    <message>
        <source>Select a module to install</source>
        <translation>Seleccione un módulo para instalar</translation>
    </message>
    <message>
        <source>Upgrade every module of one site that has an update</source>
        <translation>Actualizar todos los módulos de un sitio que tienen actualización</translation>
    </message>
    <message>
        <source>No site runs an outdated module</source>
        <translation>Ningún sitio ejecuta un módulo desactualizado</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) available</source>
        <translation>
            <numerusform>%n actualización disponible</numerusform>
            <numerusform>%n actualizaciones disponibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Modules that at least one site runs at an older version; tick Updates to list them</source>
        <translation>Módulos de los que al menos un sitio ejecuta una versión anterior; marque Actualizaciones para listarlos</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>A snapshot holds no registry catalog: the modules on offer are not part of it.</source>
        <translation>Una instantánea no contiene ningún catálogo de registro: los módulos disponibles no forman parte de ella.</translation>
    </message>
    <message>
        <source>Select a module to see its versions, dependencies and the sites that have it.</source>
        <translation>Seleccione un módulo para ver sus versiones, sus dependencias y los sitios que lo tienen.</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>From registry %1</source>
        <translation>Del registro %1</translation>
    </message>
    <message>
        <source>Also offered by %1 (lower priority)</source>
        <translation>También lo ofrece %1 (menor prioridad)</translation>
    </message>
    <message>
        <source>Needs a license key from its vendor.</source>
        <translation>Necesita una clave de licencia de su proveedor.</translation>
    </message>
    <message>
        <source>No license key needed.</source>
        <translation>No necesita clave de licencia.</translation>
    </message>
    <message>
        <source>Dependencies of %1</source>
        <translation>Dependencias de %1</translation>
    </message>
    <message>
        <source>the latest version</source>
        <translation>la versión más reciente</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <source>platform core %1</source>
        <translation>núcleo de la plataforma %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>cannot run beside %1 %2</source>
        <translation>no puede ejecutarse junto a %1 %2</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>prerelease</source>
        <translation>versión preliminar</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>la más reciente</translation>
    </message>
    <message>
        <source>Installed on</source>
        <translation>Instalado en</translation>
    </message>
    <message>
        <source>No site.</source>
        <translation>Ningún sitio.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — update to %2 available</source>
        <translation>%1 — actualización a %2 disponible</translation>
    </message>
    <message>
        <source>Loading the registries&apos; catalogs…</source>
        <translation>Cargando los catálogos de los registros…</translation>
    </message>
    <message>
        <source>No registry catalog is loaded. Add a registry in Settings and refresh it; its modules appear here.</source>
        <translation>No hay ningún catálogo de registro cargado. Añada un registro en Configuración y actualícelo; sus módulos aparecerán aquí.</translation>
    </message>
</context>
<context>
    <name>ms::OperationRun</name>
    <message>
        <source>the operation was cancelled</source>
        <translation>se canceló la operación</translation>
    </message>
    <message>
        <source>another operation kept the site busy for too long</source>
        <translation>otra operación mantuvo ocupado el sitio demasiado tiempo</translation>
    </message>
    <message>
        <source>Waiting for another operation on %1</source>
        <translation>Esperando a otra operación en %1</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planificando</translation>
    </message>
    <message>
        <source>operation %1 on this site was interrupted and cannot be put right: %2</source>
        <translation>la operación %1 en este sitio se interrumpió y no se puede corregir: %2</translation>
    </message>
    <message>
        <source>found on disk</source>
        <translation>encontrado en disco</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>debe ser un número entero mayor o igual que 1</translation>
    </message>
    <message>
        <source>no module of this operation needs a license key; the key files were not used</source>
        <translation>ningún módulo de esta operación necesita una clave de licencia; no se usaron los archivos de clave</translation>
    </message>
    <message>
        <source>Checking the license of %1</source>
        <translation>Comprobando la licencia de %1</translation>
    </message>
    <message>
        <source>this program runs without a keychain</source>
        <translation>este programa se ejecuta sin llavero</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no package source is configured</source>
        <translation>no hay ningún origen de paquetes configurado</translation>
    </message>
    <message>
        <source>Unpacking %1 %2</source>
        <translation>Desempaquetando %1 %2</translation>
    </message>
    <message>
        <source>Activating %1 %2</source>
        <translation>Activando %1 %2</translation>
    </message>
    <message>
        <source>the package has no valid manifest.json: %1</source>
        <translation>el paquete no tiene un manifest.json válido: %1</translation>
    </message>
    <message>
        <source>the package&apos;s manifest does not match the catalog in %1</source>
        <translation>el manifiesto del paquete no coincide con el catálogo en %1</translation>
    </message>
    <message>
        <source>manifest: %1; catalog: %2</source>
        <translation>manifiesto: %1; catálogo: %2</translation>
    </message>
    <message>
        <source>Reloading %1</source>
        <translation>Recargando %1</translation>
    </message>
    <message>
        <source>Cleaning up</source>
        <translation>Limpiando</translation>
    </message>
    <message>
        <source>the license key of %1 was not kept: this program runs without a keychain</source>
        <translation>no se guardó la clave de licencia de %1: este programa se ejecuta sin llavero</translation>
    </message>
    <message>
        <source>the license key of %1 was not kept in the keychain: %2</source>
        <translation>no se guardó la clave de licencia de %1 en el llavero: %2</translation>
    </message>
    <message>
        <source>The site could not be put back (%1); run recover.</source>
        <translation>No se pudo restaurar el sitio (%1); ejecute recover.</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>no hay nada que hacer</translation>
    </message>
</context>
<context>
    <name>ms::Orchestrator</name>
    <message>
        <source>%1 has no state on %2</source>
        <translation>%1 no tiene estado en %2</translation>
    </message>
    <message>
        <source>marked for maintenance</source>
        <translation>marcado para mantenimiento</translation>
    </message>
</context>
<context>
    <name>ms::PackageDownloadJob</name>
    <message>
        <source>cannot read the package: %1</source>
        <translation>no se puede leer el paquete: %1</translation>
    </message>
    <message>
        <source>the package is %1 bytes, but the signed catalog says %2</source>
        <translation>el paquete tiene %1 bytes, pero el catálogo firmado indica %2</translation>
    </message>
    <message>
        <source>the package&apos;s SHA-256 is %1, but the signed catalog says %2: it was changed or swapped</source>
        <translation>el SHA-256 del paquete es %1, pero el catálogo firmado indica %2: se modificó o se sustituyó</translation>
    </message>
    <message>
        <source>the catalog entry of the package lacks its path, size or SHA-256</source>
        <translation>a la entrada del catálogo del paquete le falta la ruta, el tamaño o el SHA-256</translation>
    </message>
    <message>
        <source>registry %1 has no trusted key to check the package with</source>
        <translation>el registro %1 no tiene ninguna clave de confianza con la que comprobar el paquete</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>the signature of %1 %2</source>
        <translation>la firma de %1 %2</translation>
    </message>
    <message>
        <source>package %1 %2</source>
        <translation>paquete %1 %2</translation>
    </message>
    <message>
        <source>Downloading %1 %2</source>
        <translation>Descargando %1 %2</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>cannot create the download folder</source>
        <translation>no se puede crear la carpeta de descargas</translation>
    </message>
    <message>
        <source>cannot move the verified package into place</source>
        <translation>no se puede colocar el paquete verificado en su sitio</translation>
    </message>
    <message>
        <source>cannot read the download file: %1</source>
        <translation>no se puede leer el archivo de descarga: %1</translation>
    </message>
</context>
<context>
    <name>ms::PortFixDialog</name>
    <message>
        <source>Shared port</source>
        <translation>Puerto compartido</translation>
    </message>
    <message>
        <source>Shared domain</source>
        <translation>Dominio compartido</translation>
    </message>
    <message>
        <source>Port taken by another program</source>
        <translation>Puerto ocupado por otro programa</translation>
    </message>
    <message>
        <source>Listening (the site itself?)</source>
        <translation>A la escucha (¿el propio sitio?)</translation>
    </message>
    <message>
        <source>Port conflicts</source>
        <translation>Conflictos de puertos</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Port or domain</source>
        <translation>Puerto o dominio</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>File to change</source>
        <translation>Archivo que se modificará</translation>
    </message>
    <message>
        <source>Apply the fix</source>
        <translation>Aplicar la corrección</translation>
    </message>
    <message>
        <source>The fix moves the later site of each shared port to the next free port and rewrites its file, keeping a backup beside it:</source>
        <translation>La corrección mueve el último sitio de cada puerto compartido al siguiente puerto libre y reescribe su archivo, guardando una copia de seguridad junto a él:</translation>
    </message>
    <message>
        <source>Looking for conflicts…</source>
        <translation>Buscando conflictos…</translation>
    </message>
    <message>
        <source>Could not check the ports: %1</source>
        <translation>No se pudieron comprobar los puertos: %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>No conflicts: every site has its own port and domains.</source>
        <translation>Sin conflictos: cada sitio tiene su propio puerto y sus propios dominios.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need attention.</source>
        <translation>
            <numerusform>%n conflicto requiere atención.</numerusform>
            <numerusform>%n conflictos requieren atención.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a read-only snapshot: the fix can only be applied to the live inventory.</source>
        <translation>Esta es una instantánea de solo lectura: la corrección solo puede aplicarse al inventario activo.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <source>The fix failed: %1</source>
        <translation>La corrección falló: %1</translation>
    </message>
    <message>
        <source>Changed %1 (%2). The previous version is kept in %3.</source>
        <translation>Se modificó %1 (%2). La versión anterior se conserva en %3.</translation>
    </message>
    <message>
        <source>— (a new file)</source>
        <translation>— (un archivo nuevo)</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Sin cambios: %1</translation>
    </message>
    <message>
        <source>Backup kept as</source>
        <translation>Copia de seguridad guardada como</translation>
    </message>
    <message>
        <source>The fix copies %1 to a file of this name beside it before rewriting it, the time written as yyyyMMddTHHmmssZ.</source>
        <translation>La corrección copia %1 a un archivo con este nombre junto a él antes de reescribirlo, con la hora escrita como yyyyMMddTHHmmssZ.</translation>
    </message>
</context>
<context>
    <name>ms::ProbeCheck</name>
    <message>
        <source>no answer within %1</source>
        <translation>sin respuesta en %1</translation>
    </message>
    <message>
        <source>The probe was cancelled.</source>
        <translation>Se canceló la sonda.</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ms::ProbeRound</name>
    <message>
        <source>not run: startup probe %1 did not pass</source>
        <translation>no se ejecutó: la sonda de arranque %1 no pasó</translation>
    </message>
    <message>
        <source>The health check was cancelled.</source>
        <translation>Se canceló la comprobación de salud.</translation>
    </message>
    <message>
        <source>not run: cancelled</source>
        <translation>no se ejecutó: cancelada</translation>
    </message>
</context>
<context>
    <name>ms::ProbeStateModel</name>
    <message>
        <source>waiting for %1</source>
        <translation>esperando a %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Sonda</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Última comprobación</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
</context>
<context>
    <name>ms::QueuedJob</name>
    <message>
        <source>The operation has no queue to run in.</source>
        <translation>La operación no tiene ninguna cola en la que ejecutarse.</translation>
    </message>
    <message>
        <source>The operation was cancelled before it ran.</source>
        <translation>La operación se canceló antes de ejecutarse.</translation>
    </message>
</context>
<context>
    <name>ms::RecoverJob</name>
    <message>
        <source>Recovering interrupted operations</source>
        <translation>Recuperando operaciones interrumpidas</translation>
    </message>
</context>
<context>
    <name>ms::RegistryRefreshJob</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>the catalog</source>
        <translation>el catálogo</translation>
    </message>
    <message>
        <source>Fetching the catalog of %1</source>
        <translation>Obteniendo el catálogo de %1</translation>
    </message>
    <message>
        <source>the catalog&apos;s signature</source>
        <translation>la firma del catálogo</translation>
    </message>
    <message>
        <source>accepted catalog serial %1 (was %2)</source>
        <translation>se aceptó el catálogo con número de serie %1 (antes %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>The server answered 304 Not Modified: it has no newer catalog.</source>
        <translation>El servidor respondió 304 Not Modified: no tiene ningún catálogo más reciente.</translation>
    </message>
    <message>
        <source>refused the catalog: %1</source>
        <translation>se rechazó el catálogo: %1</translation>
    </message>
    <message>
        <source>The failure could not be recorded: %1</source>
        <translation>No se pudo registrar el fallo: %1</translation>
    </message>
</context>
<context>
    <name>ms::RegistryService</name>
    <message>
        <source>&quot;%1&quot; is not a valid registry name: use 1–64 characters a–z, 0–9, &quot;.&quot;, &quot;_&quot;, &quot;-&quot;, starting with a letter or digit</source>
        <translation>&quot;%1&quot; no es un nombre de registro válido: use de 1 a 64 caracteres a–z, 0–9, &quot;.&quot;, &quot;_&quot;, &quot;-&quot;, empezando por una letra o un dígito</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry URL: use https://…, http://… or file:///…</source>
        <translation>&quot;%1&quot; no es una URL de registro: use https://…, http://… o file:///…</translation>
    </message>
    <message>
        <source>the registry URL contains credentials; they would be stored in plain text, so they are refused</source>
        <translation>la URL del registro contiene credenciales; se almacenarían en texto sin cifrar, así que se rechazan</translation>
    </message>
    <message>
        <source>a registry URL has no query or fragment</source>
        <translation>una URL de registro no lleva consulta ni fragmento</translation>
    </message>
    <message>
        <source>a file:// registry URL names an absolute local folder (file:///srv/registry)</source>
        <translation>una URL de registro file:// indica una carpeta local absoluta (file:///srv/registry)</translation>
    </message>
    <message>
        <source>the registry URL has no host</source>
        <translation>la URL del registro no tiene host</translation>
    </message>
    <message>
        <source>a registry needs at least one trusted minisign public key (--key FILE)</source>
        <translation>un registro necesita al menos una clave pública minisign de confianza (--key FILE)</translation>
    </message>
    <message>
        <source>an empty public key cannot be trusted</source>
        <translation>no se puede confiar en una clave pública vacía</translation>
    </message>
    <message>
        <source>added %1 (%2), trusting key %3</source>
        <translation>se añadió %1 (%2), con confianza en la clave %3</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>se quitó %1</translation>
    </message>
    <message>
        <source>no registry offers module %1</source>
        <translation>ningún registro ofrece el módulo %1</translation>
    </message>
    <message>
        <source>registry %1 has no trusted catalog loaded</source>
        <translation>el registro %1 no tiene cargado ningún catálogo de confianza</translation>
    </message>
    <message>
        <source>registry %1 does not offer %2 %3</source>
        <translation>el registro %1 no ofrece %2 %3</translation>
    </message>
    <message>
        <source>there is no registry called %1</source>
        <translation>no hay ningún registro llamado %1</translation>
    </message>
</context>
<context>
    <name>ms::RegistrySyncJob</name>
    <message>
        <source>the registry service is gone</source>
        <translation>el servicio de registros ya no existe</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>there is no registry called %1</source>
        <translation>no hay ningún registro llamado %1</translation>
    </message>
    <message>
        <source>no catalog yet: refresh the registry</source>
        <translation>todavía no hay catálogo: actualice el registro</translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation>Se actualizó %1</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indexando</translation>
    </message>
</context>
<context>
    <name>ms::ScanJob</name>
    <message>
        <source>Scanning sites</source>
        <translation>Analizando sitios</translation>
    </message>
</context>
<context>
    <name>ms::SecretJob</name>
    <message>
        <source>the secret store is gone</source>
        <translation>el almacén de secretos ya no existe</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>ms::SecretStore</name>
    <message>
        <source>a secret&apos;s key must have 1 to %1 characters</source>
        <translation>la clave de un secreto debe tener de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>a secret&apos;s key must be printable text</source>
        <translation>la clave de un secreto debe ser texto imprimible</translation>
    </message>
    <message>
        <source>no keychain service is running (%1)</source>
        <translation>no se está ejecutando ningún servicio de llavero (%1)</translation>
    </message>
    <message>
        <source>it refused a test entry (%1)</source>
        <translation>rechazó una entrada de prueba (%1)</translation>
    </message>
    <message>
        <source>it could not read back a test entry (%1)</source>
        <translation>no pudo volver a leer una entrada de prueba (%1)</translation>
    </message>
    <message>
        <source>it could not delete a test entry (%1)</source>
        <translation>no pudo eliminar una entrada de prueba (%1)</translation>
    </message>
    <message>
        <source>it gave back something other than what was stored</source>
        <translation>devolvió algo distinto de lo que se almacenó</translation>
    </message>
    <message>
        <source>no keychain available: %1</source>
        <translation>no hay ningún llavero disponible: %1</translation>
    </message>
    <message>
        <source>no secret is stored under %1</source>
        <translation>no hay ningún secreto almacenado con el nombre %1</translation>
    </message>
    <message>
        <source>the keychain failed: %1</source>
        <translation>el llavero falló: %1</translation>
    </message>
    <message>
        <source>no keychain available: the keychain did not answer within %1 s</source>
        <translation>no hay ningún llavero disponible: el llavero no respondió en %1 s</translation>
    </message>
    <message>
        <source>no keychain available</source>
        <translation>no hay ningún llavero disponible</translation>
    </message>
    <message>
        <source>Secrets are kept only in the system keychain. Start one (for example gnome-keyring), or allow the unencrypted fallback file explicitly.</source>
        <translation>Los secretos solo se guardan en el llavero del sistema. Inicie uno (por ejemplo gnome-keyring) o permita explícitamente el archivo alternativo sin cifrar.</translation>
    </message>
</context>
<context>
    <name>ms::SettingsPage</name>
    <message>
        <source>This is a read-only snapshot: nothing can be changed.</source>
        <translation>Esta es una instantánea de solo lectura: no se puede cambiar nada.</translation>
    </message>
    <message>
        <source>Never refreshed</source>
        <translation>Nunca actualizado</translation>
    </message>
    <message>
        <source>Updated to serial %1</source>
        <translation>Actualizado al número de serie %1</translation>
    </message>
    <message>
        <source>Up to date (serial %1)</source>
        <translation>Al día (número de serie %1)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>%1 does not exist yet.</source>
        <translation>%1 todavía no existe.</translation>
    </message>
    <message>
        <source>The database is on a server, not in a folder.</source>
        <translation>La base de datos está en un servidor, no en una carpeta.</translation>
    </message>
    <message>
        <source>Apps directories</source>
        <translation>Directorios de aplicaciones</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove an apps directory</source>
        <translation>Quitar un directorio de aplicaciones</translation>
    </message>
    <message>
        <source>Stop scanning %1? Its sites stay in the inventory, marked missing.</source>
        <translation>¿Dejar de analizar %1? Sus sitios permanecen en el inventario, marcados como ausentes.</translation>
    </message>
    <message>
        <source>Folders that hold one folder per site. Every directory is scanned again on Rescan and watched for changes.</source>
        <translation>Carpetas que contienen una carpeta por sitio. Cada directorio se vuelve a analizar con Volver a analizar y se vigila por si cambia.</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Trusted keys</source>
        <translation>Claves de confianza</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>Actualizar todos</translation>
    </message>
    <message>
        <source>Fetch every enabled registry&apos;s signed catalog again</source>
        <translation>Volver a obtener el catálogo firmado de cada registro activado</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Store, read back and delete a test entry in the keychain</source>
        <translation>Guardar, volver a leer y eliminar una entrada de prueba en el llavero</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Takes effect the next time Mothership starts. The command line&apos;s --lang wins over it.</source>
        <translation>Se aplica la próxima vez que se inicie Mothership. La opción --lang de la línea de comandos tiene prioridad.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantánea</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Registry cache</source>
        <translation>Caché de registros</translation>
    </message>
    <message>
        <source>The apps directories could not be read: %1</source>
        <translation>No se pudieron leer los directorios de aplicaciones: %1</translation>
    </message>
    <message>
        <source>This folder is missing.</source>
        <translation>Falta esta carpeta.</translation>
    </message>
    <message>
        <source>No apps directory yet: add the folder that holds your sites.</source>
        <translation>Todavía no hay ningún directorio de aplicaciones: añada la carpeta que contiene sus sitios.</translation>
    </message>
    <message>
        <source>The registries could not be read: %1</source>
        <translation>No se pudieron leer los registros: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Fingerprints (minisign key ids) of the keys its catalog must be signed with</source>
        <translation>Huellas (id de clave minisign) de las claves con las que debe estar firmado su catálogo</translation>
    </message>
    <message>
        <source>No registry yet: add one to install modules from it.</source>
        <translation>Todavía no hay ningún registro: añada uno para instalar módulos desde él.</translation>
    </message>
    <message>
        <source>Add a folder that holds one folder per site, and scan it</source>
        <translation>Añadir una carpeta que contiene una carpeta por sitio y analizarla</translation>
    </message>
    <message>
        <source>Stop scanning the selected folder</source>
        <translation>Dejar de analizar la carpeta seleccionada</translation>
    </message>
    <message>
        <source>Trust a registry and its signing key</source>
        <translation>Confiar en un registro y en su clave de firma</translation>
    </message>
    <message>
        <source>Forget the selected registry, its keys and cached files</source>
        <translation>Olvidar el registro seleccionado, sus claves y sus archivos en caché</translation>
    </message>
    <message>
        <source>Add an apps directory</source>
        <translation>Añadir un directorio de aplicaciones</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>Analizando %1…</translation>
    </message>
    <message>
        <source>Added %1: %2 new, %3 updated, %4 missing, %5 problems.</source>
        <translation>Se añadió %1: %2 nuevos, %3 actualizados, %4 ausentes, %5 problemas.</translation>
    </message>
    <message>
        <source>%1 could not be added: %2</source>
        <translation>No se pudo añadir %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>No se pudo quitar %1: %2</translation>
    </message>
    <message>
        <source>Removed %1; its sites are marked missing.</source>
        <translation>Se quitó %1; sus sitios se marcaron como ausentes.</translation>
    </message>
    <message>
        <source>The key could not be read: %1</source>
        <translation>No se pudo leer la clave: %1</translation>
    </message>
    <message>
        <source>The registry was not added: %1</source>
        <translation>No se añadió el registro: %1</translation>
    </message>
    <message>
        <source>Added %1, trusting key %2. Refresh it to fetch its catalog.</source>
        <translation>Se añadió %1, con confianza en la clave %2. Actualícelo para obtener su catálogo.</translation>
    </message>
    <message>
        <source>Add a registry</source>
        <translation>Añadir un registro</translation>
    </message>
    <message>
        <source>main</source>
        <translation>main</translation>
    </message>
    <message>
        <source>minisign public key (.pub)</source>
        <translation>clave pública minisign (.pub)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>The registry&apos;s public key</source>
        <translation>La clave pública del registro</translation>
    </message>
    <message>
        <source>minisign public keys (*.pub);;All files (*)</source>
        <translation>Claves públicas minisign (*.pub);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Higher wins when two registries offer the same module</source>
        <translation>Gana el valor más alto cuando dos registros ofrecen el mismo módulo</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Clave pública</translation>
    </message>
    <message>
        <source>Remove a registry</source>
        <translation>Quitar un registro</translation>
    </message>
    <message>
        <source>Remove %1? Its keys and cached catalog are forgotten; installed modules stay.</source>
        <translation>¿Quitar %1? Se olvidan sus claves y su catálogo en caché; los módulos instalados se mantienen.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Se quitó %1.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Refreshing (%1 of %2): %3</source>
        <translation>Actualizando (%1 de %2): %3</translation>
    </message>
    <message>
        <source>The refresh failed: %1</source>
        <translation>La actualización falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n registry(ies) refreshed.</source>
        <translation>
            <numerusform>%n registro actualizado.</numerusform>
            <numerusform>%n registros actualizados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registry(ies) could not be refreshed; their previous catalogs stay. The Result column says why.</source>
        <translation>
            <numerusform>No se pudo actualizar %n registro; se mantiene su catálogo anterior. La columna Resultado indica el motivo.</numerusform>
            <numerusform>No se pudieron actualizar %n registros; se mantienen sus catálogos anteriores. La columna Resultado indica el motivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Comprobando el llavero…</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Todavía no se ha comprobado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Available&lt;/b&gt;: license keys and registry credentials are kept in the system keychain (Secret Service or KWallet), under the service &quot;%1&quot;.</source>
        <translation>&lt;b&gt;Disponible&lt;/b&gt;: las claves de licencia y las credenciales de los registros se guardan en el llavero del sistema (Secret Service o KWallet), con el servicio &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain&lt;/b&gt;: secrets go to an unencrypted file, %1 (%2).</source>
        <translation>&lt;b&gt;Sin llavero&lt;/b&gt;: los secretos van a un archivo sin cifrar, %1 (%2).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not available&lt;/b&gt;: %1. License keys must be given as files until a keychain (gnome-keyring, KWallet) runs.</source>
        <translation>&lt;b&gt;No disponible&lt;/b&gt;: %1. Las claves de licencia deben indicarse como archivos hasta que se ejecute un llavero (gnome-keyring, KWallet).</translation>
    </message>
</context>
<context>
    <name>ms::SiteCardDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · missing from disk</source>
        <translation>%1 · ausente del disco</translation>
    </message>
    <message>
        <source>No domain</source>
        <translation>Sin dominio</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>Puerto %1</translation>
    </message>
    <message>
        <source>No port</source>
        <translation>Sin puerto</translation>
    </message>
    <message>
        <source>Port %1 (derived)</source>
        <translation>Puerto %1 (derivado)</translation>
    </message>
    <message>
        <source>%1 — conflict</source>
        <translation>%1 — conflicto</translation>
    </message>
    <message>
        <source>modules not read</source>
        <translation>módulos no leídos</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n módulo</numerusform>
            <numerusform>%n módulos</numerusform>
        </translation>
    </message>
    <message>
        <source>No features enabled</source>
        <translation>Ninguna función activada</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>Funciones: %1</translation>
    </message>
</context>
<context>
    <name>ms::SiteDetailsView</name>
    <message>
        <source>Select a site to see its details.</source>
        <translation>Seleccione un sitio para ver sus detalles.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>(%1 in .env)</source>
        <translation>(%1 en .env)</translation>
    </message>
    <message>
        <source>(site.json)</source>
        <translation>(site.json)</translation>
    </message>
    <message>
        <source>(derived from the name; no file declares it)</source>
        <translation>(derivado del nombre; ningún archivo lo declara)</translation>
    </message>
    <message>
        <source>in conflict</source>
        <translation>en conflicto</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(desactivado)</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Dominios</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Leído de</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instancias</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
</context>
<context>
    <name>ms::SiteHealthModel</name>
    <message>
        <source>no probes</source>
        <translation>sin sondas</translation>
    </message>
    <message numerus="yes">
        <source>none of %n</source>
        <translation>
            <numerusform>ninguna de %n</numerusform>
            <numerusform>ninguna de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <translation>
            <numerusform>%1 de %n</numerusform>
            <numerusform>%1 de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n breaker(s))</source>
        <translation>
            <numerusform>%1 (%n cortacircuitos)</numerusform>
            <numerusform>%1 (%n cortacircuitos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Failing probes</source>
        <translation>Sondas con fallos</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Última comprobación</translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation>Cortacircuitos</translation>
    </message>
</context>
<context>
    <name>ms::SiteHealthPanel</name>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>The span the charts cover</source>
        <translation>El intervalo que abarcan los gráficos</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>No site selected</source>
        <translation>Ningún sitio seleccionado</translation>
    </message>
    <message>
        <source>Health of %1</source>
        <translation>Salud de %1</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>No se puede leer el historial: %1</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>Percentil 95</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latencia (ms)</translation>
    </message>
    <message>
        <source>Uptime (%)</source>
        <translation>Disponibilidad (%)</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Select a site to see its probes and their history.</source>
        <translation>Seleccione un sitio para ver sus sondas y su historial.</translation>
    </message>
    <message>
        <source>No probe results in this window.</source>
        <translation>No hay resultados de sondas en este intervalo.</translation>
    </message>
    <message numerus="yes">
        <source>%n probe result(s) in this window, %1% passed.</source>
        <translation>
            <numerusform>%n resultado de sonda en este intervalo, %1% superado.</numerusform>
            <numerusform>%n resultados de sondas en este intervalo, %1% superados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ms::SiteModulesModel</name>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Instalando</translation>
    </message>
    <message>
        <source>Installed (disabled)</source>
        <translation>Instalado (desactivado)</translation>
    </message>
    <message>
        <source>Configuring</source>
        <translation>Configurando</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Actualizando</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>Revirtiendo</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Deteniendo</translation>
    </message>
    <message>
        <source>Uninstalling</source>
        <translation>Desinstalando</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Uninstalled</source>
        <translation>Desinstalado</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>On disk: %1</source>
        <translation>En disco: %1</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>ms::SitePage</name>
    <message>
        <source>Installing %1 on %2…</source>
        <translation>Instalando %1 en %2…</translation>
    </message>
    <message>
        <source>Upgrading %1 on %2…</source>
        <translation>Actualizando %1 en %2…</translation>
    </message>
    <message>
        <source>Enabling %1 on %2…</source>
        <translation>Activando %1 en %2…</translation>
    </message>
    <message>
        <source>Disabling %1 on %2…</source>
        <translation>Desactivando %1 en %2…</translation>
    </message>
    <message>
        <source>Rolling %1 on %2 back…</source>
        <translation>Revirtiendo %1 en %2…</translation>
    </message>
    <message>
        <source>Uninstalling %1 from %2…</source>
        <translation>Desinstalando %1 de %2…</translation>
    </message>
    <message>
        <source>Installing %1 on %2 failed: %3</source>
        <translation>Falló la instalación de %1 en %2: %3</translation>
    </message>
    <message>
        <source>Upgrading %1 on %2 failed: %3</source>
        <translation>Falló la actualización de %1 en %2: %3</translation>
    </message>
    <message>
        <source>Enabling %1 on %2 failed: %3</source>
        <translation>Falló la activación de %1 en %2: %3</translation>
    </message>
    <message>
        <source>Disabling %1 on %2 failed: %3</source>
        <translation>Falló la desactivación de %1 en %2: %3</translation>
    </message>
    <message>
        <source>Rolling %1 on %2 back failed: %3</source>
        <translation>Falló la reversión de %1 en %2: %3</translation>
    </message>
    <message>
        <source>Uninstalling %1 from %2 failed: %3</source>
        <translation>Falló la desinstalación de %1 en %2: %3</translation>
    </message>
    <message>
        <source>Install module…</source>
        <translation>Instalar módulo…</translation>
    </message>
    <message>
        <source>Upgrade all</source>
        <translation>Actualizar todos</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Uninstall</source>
        <translation>Desinstalar</translation>
    </message>
    <message>
        <source>Back to sites</source>
        <translation>Volver a los sitios</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>The modules of %1 could not be read: %2</source>
        <translation>No se pudieron leer los módulos de %1: %2</translation>
    </message>
    <message>
        <source>The activity could not be read: %1</source>
        <translation>No se pudo leer la actividad: %1</translation>
    </message>
    <message>
        <source>This is a read-only snapshot: nothing can be changed.</source>
        <translation>Esta es una instantánea de solo lectura: no se puede cambiar nada.</translation>
    </message>
    <message>
        <source>An operation on this site is running.</source>
        <translation>Hay una operación en curso en este sitio.</translation>
    </message>
    <message>
        <source>Select a module first.</source>
        <translation>Seleccione primero un módulo.</translation>
    </message>
    <message>
        <source>Load %1 again and reload the site</source>
        <translation>Volver a cargar %1 y recargar el sitio</translation>
    </message>
    <message>
        <source>%1 is %2: only a disabled module can be enabled.</source>
        <translation>%1 está en estado %2: solo se puede activar un módulo desactivado.</translation>
    </message>
    <message>
        <source>Stop loading %1; its files stay</source>
        <translation>Dejar de cargar %1; sus archivos se mantienen</translation>
    </message>
    <message>
        <source>%1 is %2: only a running module can be disabled.</source>
        <translation>%1 está en estado %2: solo se puede desactivar un módulo en ejecución.</translation>
    </message>
    <message>
        <source>%1 is %2: it cannot be upgraded now.</source>
        <translation>%1 está en estado %2: ahora no se puede actualizar.</translation>
    </message>
    <message>
        <source>Upgrade %1 to %2</source>
        <translation>Actualizar %1 a %2</translation>
    </message>
    <message>
        <source>No registry offers a version of %1 newer than %2.</source>
        <translation>Ningún registro ofrece una versión de %1 más reciente que %2.</translation>
    </message>
    <message>
        <source>%1 is %2: it cannot be rolled back now.</source>
        <translation>%1 está en estado %2: ahora no se puede revertir.</translation>
    </message>
    <message>
        <source>Switch %1 back to %2</source>
        <translation>Devolver %1 a la versión %2</translation>
    </message>
    <message>
        <source>No earlier version of %1 is kept on disk.</source>
        <translation>No se conserva en disco ninguna versión anterior de %1.</translation>
    </message>
    <message>
        <source>Remove %1 and its files from the site</source>
        <translation>Quitar %1 y sus archivos del sitio</translation>
    </message>
    <message>
        <source>%1 is %2: it cannot be uninstalled now.</source>
        <translation>%1 está en estado %2: ahora no se puede desinstalar.</translation>
    </message>
    <message>
        <source>Enable a module</source>
        <translation>Activar un módulo</translation>
    </message>
    <message>
        <source>Enable %1 on %2?</source>
        <translation>¿Activar %1 en %2?</translation>
    </message>
    <message>
        <source>The site&apos;s modules.lock.json will load it again and the site is reloaded.</source>
        <translation>El modules.lock.json del sitio volverá a cargarlo y el sitio se recargará.</translation>
    </message>
    <message>
        <source>Disable a module</source>
        <translation>Desactivar un módulo</translation>
    </message>
    <message>
        <source>Disable %1 on %2?</source>
        <translation>¿Desactivar %1 en %2?</translation>
    </message>
    <message>
        <source>The site stops loading it and is reloaded; its files stay, so it can be enabled again.</source>
        <translation>El sitio deja de cargarlo y se recarga; sus archivos se mantienen, así que puede volver a activarse.</translation>
    </message>
    <message>
        <source>Upgrade a module</source>
        <translation>Actualizar un módulo</translation>
    </message>
    <message>
        <source>Upgrade %1 on %2 from %3 to %4?</source>
        <translation>¿Actualizar %1 en %2 de %3 a %4?</translation>
    </message>
    <message>
        <source>The new version is downloaded, verified and switched to; the current one is kept for a roll back.</source>
        <translation>La nueva versión se descarga, se verifica y pasa a usarse; la actual se conserva para poder revertir.</translation>
    </message>
    <message>
        <source>Roll back a module</source>
        <translation>Revertir un módulo</translation>
    </message>
    <message>
        <source>Roll %1 on %2 back from %3 to %4?</source>
        <translation>¿Revertir %1 en %2 de %3 a %4?</translation>
    </message>
    <message>
        <source>The site switches to the version kept on disk and is reloaded.</source>
        <translation>El sitio cambia a la versión conservada en disco y se recarga.</translation>
    </message>
    <message>
        <source>Uninstall a module</source>
        <translation>Desinstalar un módulo</translation>
    </message>
    <message>
        <source>Uninstall %1 from %2?</source>
        <translation>¿Desinstalar %1 de %2?</translation>
    </message>
    <message>
        <source>Its files are removed from the site. A module that needs it makes the uninstall fail; nothing is changed then.</source>
        <translation>Sus archivos se quitan del sitio. Si otro módulo lo necesita, la desinstalación falla y entonces no se cambia nada.</translation>
    </message>
    <message>
        <source>Waiting for its turn…</source>
        <translation>Esperando su turno…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>Nothing to do: %1 was already as asked.</source>
        <translation>No hay nada que hacer: %1 ya estaba como se pidió.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n module(s) changed on %1.</source>
        <translation>
            <numerusform>Hecho: %n módulo modificado en %1.</numerusform>
            <numerusform>Hecho: %n módulos modificados en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Avisos: %1</translation>
    </message>
    <message>
        <source>The site is as it was before.</source>
        <translation>El sitio está como estaba antes.</translation>
    </message>
    <message>
        <source>The site could not be put back as it was: run &apos;mothershipctl recover&apos;.</source>
        <translation>No se pudo restaurar el sitio como estaba: ejecute &apos;mothershipctl recover&apos;.</translation>
    </message>
    <message>
        <source>The operation failed</source>
        <translation>La operación falló</translation>
    </message>
    <message>
        <source>Operation %1</source>
        <translation>Operación %1</translation>
    </message>
</context>
<context>
    <name>ms::SiteTableModel</name>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Ilegible</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>%1 (derived)</source>
        <translation>%1 (derivado)</translation>
    </message>
    <message>
        <source>This port is in a conflict: see Port conflicts.</source>
        <translation>Este puerto está en conflicto: consulte Conflictos de puertos.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Dominios</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>No health data</source>
        <translation>Sin datos de salud</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>No preparado</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Caído</translation>
    </message>
</context>
<context>
    <name>ms::SitesPage</name>
    <message>
        <source>Review and fix…</source>
        <translation>Revisar y corregir…</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to fix:</source>
        <translation>
            <numerusform>%n conflicto que corregir:</numerusform>
            <numerusform>%n conflictos que corregir:</numerusform>
        </translation>
    </message>
    <message>
        <source>Search sites by name, title, domain, port, plugin or feature</source>
        <translation>Buscar sitios por nombre, título, dominio, puerto, plugin o función</translation>
    </message>
    <message>
        <source>Only sites of this environment</source>
        <translation>Solo los sitios de este entorno</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Todos los entornos</translation>
    </message>
    <message>
        <source>Only sites in this health state</source>
        <translation>Solo los sitios en este estado de salud</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>Cualquier estado de salud</translation>
    </message>
    <message>
        <source>Only sites with this module installed</source>
        <translation>Solo los sitios con este módulo instalado</translation>
    </message>
    <message>
        <source>Any modules</source>
        <translation>Cualquier módulo</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n sitio</numerusform>
            <numerusform>%n sitios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n site(s)</source>
        <translation>
            <numerusform>%1 de %n sitio</numerusform>
            <numerusform>%1 de %n sitios</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a site, or press Enter, to open its page</source>
        <translation>Haga doble clic en un sitio, o pulse Intro, para abrir su página</translation>
    </message>
    <message>
        <source>Has %1</source>
        <translation>Con %1</translation>
    </message>
    <message>
        <source>%1 moves from port %2 to %3: %4 is rewritten and its previous content kept beside it as %5.</source>
        <translation>%1 pasa del puerto %2 al %3: %4 se reescribe y su contenido anterior se conserva junto a él como %5.</translation>
    </message>
</context>
<context>
    <name>ms::SnapshotJob</name>
    <message>
        <source>Writing the snapshot</source>
        <translation>Escribiendo la instantánea</translation>
    </message>
</context>
<context>
    <name>ms::TcpCheck</name>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>no se encontró el host</translation>
    </message>
    <message>
        <source>the connection did not open within %1</source>
        <translation>la conexión no se abrió en %1</translation>
    </message>
</context>
<context>
    <name>ms::Transfer</name>
    <message>
        <source>cannot fetch %1: only https://, http:// and file:// URLs are supported</source>
        <translation>no se puede obtener %1: solo se admiten URL https://, http:// y file://</translation>
    </message>
    <message>
        <source>no network access for %1</source>
        <translation>no hay acceso a la red para %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>could not connect to fetch %1 within %2 s</source>
        <translation>no se pudo conectar para obtener %1 en %2 s</translation>
    </message>
    <message>
        <source>the server stopped sending %1: nothing arrived for %2 s</source>
        <translation>el servidor dejó de enviar %1: no llegó nada durante %2 s</translation>
    </message>
    <message>
        <source>the server answered 304 Not Modified for %1 without being asked conditionally</source>
        <translation>el servidor respondió 304 Not Modified para %1 sin que se le preguntara de forma condicional</translation>
    </message>
    <message>
        <source>the server answered %1 for %2</source>
        <translation>el servidor respondió %1 para %2</translation>
    </message>
    <message>
        <source>the server refused to resume %1 at byte %2</source>
        <translation>el servidor se negó a reanudar %1 en el byte %2</translation>
    </message>
    <message>
        <source>the server answered %1 for %2 instead of sending it</source>
        <translation>el servidor respondió %1 para %2 en lugar de enviarlo</translation>
    </message>
    <message>
        <source>the server sent part of %1 that does not continue at byte %2</source>
        <translation>el servidor envió una parte de %1 que no continúa en el byte %2</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 bytes allowed; the transfer was stopped</source>
        <translation>%1 supera los %2 bytes permitidos; se detuvo la transferencia</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes of %3</source>
        <translation>la conexión se cerró tras %1 de %2 bytes de %3</translation>
    </message>
    <message>
        <source>the secure connection for %1 failed: %2</source>
        <translation>la conexión segura para %1 falló: %2</translation>
    </message>
    <message>
        <source>%1 was redirected more than %2 times</source>
        <translation>%1 se redirigió más de %2 veces</translation>
    </message>
    <message>
        <source>%1 was redirected from https to an insecure URL; refused</source>
        <translation>%1 se redirigió de https a una URL no segura; se rechaza</translation>
    </message>
    <message>
        <source>cannot fetch %1: %2</source>
        <translation>no se puede obtener %1: %2</translation>
    </message>
    <message>
        <source>Gave up after %1 attempts.</source>
        <translation>Se abandonó tras %1 intentos.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
</TS>
