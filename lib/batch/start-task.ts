/** Privileges of the user a start task runs as. */
export enum ElevationLevel {
  /** A standard user. */
  NON_ADMIN = 'NonAdmin',
  /** An administrator (root on Linux); needed to install software on the node. */
  ADMIN = 'Admin',
}

/** Which automatic user a start task runs as. */
export enum AutoUserScope {
  /** The pool-wide automatic user, shared with tasks that run under pool scope. */
  POOL = 'Pool',
  /** A user unique to the task: stricter isolation. */
  TASK = 'Task',
}

/** Options common to every resource file. */
export interface ResourceFileOptions {
  /**
   * Octal file mode for Linux nodes, e.g. `0755`. Ignored on Windows.
   *
   * @default - 0770 on Linux
   */
  readonly fileMode?: string;
  /**
   * Resource ID of a user-assigned identity of the pool that may read the source.
   *
   * @default - no identity: the URL must be readable on its own (e.g. carry a SAS)
   */
  readonly userAssignedIdentityId?: string;
}

/** Options of a resource file that downloads a container's blobs. */
export interface ContainerResourceFileOptions extends ResourceFileOptions {
  /**
   * Directory (relative to the task's working directory) to download into.
   *
   * @default - the task's working directory
   */
  readonly filePath?: string;
  /**
   * Download only blobs whose names start with this prefix.
   *
   * @default - every blob of the container
   */
  readonly blobPrefix?: string;
}

/**
 * A file Batch downloads to the node before the start task runs. One source per file: an HTTP
 * URL, a storage container URL, or a container of the account's auto-storage account.
 *
 * @see https://learn.microsoft.com/rest/api/batchmanagement/pool/create#resourcefile
 */
export class ResourceFile {
  /**
   * A single file from a URL that nodes can read (e.g. a blob URL with a SAS).
   *
   * @param httpUrl URL of the file
   * @param filePath where to put it, relative to the task's working directory, including the file name
   */
  public static fromHttpUrl(httpUrl: string, filePath: string, options: ResourceFileOptions = {}): ResourceFile {
    return new ResourceFile({ ...options, httpUrl, filePath });
  }

  /** Every blob (or those with `blobPrefix`) of a storage container nodes can read and list. */
  public static fromStorageContainerUrl(storageContainerUrl: string, options: ContainerResourceFileOptions = {}): ResourceFile {
    return new ResourceFile({ ...options, storageContainerUrl });
  }

  /** Every blob (or those with `blobPrefix`) of a container in the Batch account's auto-storage account. */
  public static fromAutoStorageContainer(containerName: string, options: ContainerResourceFileOptions = {}): ResourceFile {
    return new ResourceFile({ ...options, autoStorageContainerName: containerName });
  }

  /** HTTP URL of a single file, when that is the source. */
  public readonly httpUrl?: string;
  /** Storage container URL, when that is the source. */
  public readonly storageContainerUrl?: string;
  /** Auto-storage container name, when that is the source. */
  public readonly autoStorageContainerName?: string;
  /** Destination path on the node. */
  public readonly filePath?: string;
  /** Blob name prefix filter. */
  public readonly blobPrefix?: string;
  /** Linux file mode. */
  public readonly fileMode?: string;
  /** Identity used to read the source. */
  public readonly userAssignedIdentityId?: string;

  private constructor(fields: {
    httpUrl?: string;
    storageContainerUrl?: string;
    autoStorageContainerName?: string;
    filePath?: string;
    blobPrefix?: string;
    fileMode?: string;
    userAssignedIdentityId?: string;
  }) {
    this.httpUrl = fields.httpUrl;
    this.storageContainerUrl = fields.storageContainerUrl;
    this.autoStorageContainerName = fields.autoStorageContainerName;
    this.filePath = fields.filePath;
    this.blobPrefix = fields.blobPrefix;
    this.fileMode = fields.fileMode;
    this.userAssignedIdentityId = fields.userAssignedIdentityId;
  }

  /** Where the file comes from: the HTTP URL, the container URL or the auto-storage container name. */
  public get source(): string {
    return (this.httpUrl ?? this.storageContainerUrl ?? this.autoStorageContainerName)!;
  }
}

/**
 * A task that runs on every node when it joins the pool (or restarts), typically to install
 * software. It runs as an automatic user.
 *
 * @see https://learn.microsoft.com/rest/api/batchmanagement/pool/create#starttask
 */
export interface StartTask {
  /**
   * The command line. It does not run in a shell: use `/bin/sh -c "..."` or `cmd /c ...` for
   * shell features.
   */
  readonly commandLine: string;
  /**
   * Privileges of the automatic user.
   *
   * @default ElevationLevel.NON_ADMIN - least privilege; use ADMIN to install software
   */
  readonly elevationLevel?: ElevationLevel;
  /**
   * Which automatic user runs the task.
   *
   * @default AutoUserScope.POOL - Azure's default (azurerm would send Task)
   */
  readonly autoUserScope?: AutoUserScope;
  /**
   * Whether Batch waits for the start task to succeed before scheduling tasks on the node. A
   * node whose start task fails is then marked unusable instead of running tasks on a broken
   * setup.
   *
   * @default true - Azure's default (azurerm's default is false)
   */
  readonly waitForSuccess?: boolean;
  /**
   * How many times Batch retries the task if it fails; -1 retries without limit.
   *
   * @default 0
   */
  readonly maxTaskRetryCount?: number;
  /**
   * Files to download to the node before the command runs.
   *
   * @default - none
   */
  readonly resourceFiles?: ResourceFile[];
  /**
   * Environment variables of the task.
   *
   * @default - none
   */
  readonly environment?: { [key: string]: string };
}
