import { IConstruct } from 'constructs';
import {
  optionalArray,
  optionalBoolean,
  optionalEnumValue,
  optionalNumber,
  optionalString,
  optionalStringArray,
  optionalStringMap,
  requireConstruct,
  requireEnumValue,
  requireObject,
  requireString,
} from '../../core/guards';
import { OsType } from '../../core/os-type';
import { HyperVGeneration } from '../hyper-v-generation';
import { OsState } from '../os-state';
import { ComputeGalleryProps, ComputeGalleryReferenceOptions } from './compute-gallery-types';
import { GalleryImageDefinitionOptions } from './image-definition-types';
import { GalleryImageVersionOptions, GalleryImageVersionReferenceOptions } from './image-version-types';
import { GalleryStorageAccountType } from './target-region';

/*
 * Shape checks of the gallery constructs' props: present when required, of the right type, in
 * their enums. They run first, so the naming and region checks read well-typed values.
 */

const REGION_FIX = "pass an Azure region such as 'westeurope'";
const DATE_FIX = "pass an RFC 3339 timestamp such as '2027-12-31T00:00:00Z'";

/** Props of a new `ComputeGallery`. */
export function checkGalleryPropTypes(scope: IConstruct, props: ComputeGalleryProps): void {
  requireObject(scope, 'props', props, 'pass the gallery props { name, resourceGroupName, location }');
  requireString(scope, 'name', props.name, "use 1-80 letters, digits, '_' and '.', e.g. 'batch_images'");
  requireString(scope, 'resourceGroupName', props.resourceGroupName, 'pass the name of the resource group to create the gallery in');
  requireString(scope, 'location', props.location, REGION_FIX);
  optionalString(scope, 'description', props.description, 'pass a description, or leave it out');
  optionalStringMap(scope, 'tags', props.tags);
  optionalString(scope, 'subscriptionId', props.subscriptionId, 'pass a subscription GUID, or leave subscriptionId out');
}

/** Arguments of `ComputeGallery.fromGalleryId`. */
export function checkGalleryReferenceTypes(scope: IConstruct, galleryResourceId: unknown, attributes: ComputeGalleryReferenceOptions): void {
  requireString(scope, 'galleryResourceId', galleryResourceId, "pass the gallery's resource ID, /subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Compute/galleries/{name}");
  requireObject(scope, 'options', attributes, 'pass { location } or leave the options out');
  optionalString(scope, 'options.location', attributes.location, REGION_FIX);
}

/** Props of a `GalleryImageDefinition` (the options of `addImageDefinition` and the gallery). */
export function checkDefinitionPropTypes(scope: IConstruct, props: GalleryImageDefinitionOptions & { readonly gallery: unknown }): void {
  requireObject(scope, 'props', props, 'pass the definition options { name, osType, identifier: { publisher, offer, sku } }');
  requireConstruct(
    scope,
    'gallery',
    props.gallery,
    'IComputeGallery',
    { strings: ['galleryName', 'resourceGroupName'] },
    'add definitions with gallery.addImageDefinition(...) on a ComputeGallery',
  );
  requireString(scope, 'name', props.name, "use 1-80 letters, digits, '_', '-' and '.', e.g. 'render-node'");
  requireEnumValue(scope, 'osType', props.osType, OsType, 'OsType');
  optionalEnumValue(scope, 'hyperVGeneration', props.hyperVGeneration, HyperVGeneration, 'HyperVGeneration');
  const identifierFix = "pass { publisher: 'Contoso', offer: 'Render', sku: 'ubuntu-22_04' }";
  requireObject(scope, 'identifier', props.identifier, identifierFix);
  for (const part of ['publisher', 'offer', 'sku'] as const) {
    requireString(scope, `identifier.${part}`, props.identifier[part], identifierFix);
  }
  optionalEnumValue(scope, 'osState', props.osState, OsState, 'OsState');
  optionalString(scope, 'description', props.description, 'pass a description, or leave it out');
  optionalString(scope, 'endOfLifeDate', props.endOfLifeDate, DATE_FIX);
  optionalStringMap(scope, 'tags', props.tags);
}

/** Props of a `GalleryImageVersion` (the options of `addVersion` and the definition). */
export function checkVersionPropTypes(scope: IConstruct, props: GalleryImageVersionOptions & { readonly imageDefinition: unknown }): void {
  requireObject(scope, 'props', props, "pass the version options { version: '1.0.0', source }");
  requireConstruct(
    scope,
    'imageDefinition',
    props.imageDefinition,
    'GalleryImageDefinition',
    { strings: ['imageDefinitionName', 'location'] },
    'add versions with definition.addVersion(...) or image.publishTo(definition, ...)',
  );
  requireString(scope, 'version', props.version, "pass a version such as '1.0.0'");
  requireConstruct(
    scope,
    'source',
    props.source,
    'IManagedImage',
    { strings: ['imageId', 'imageName', 'lineage'], methods: ['describeImage'] },
    'pass the managed image to publish, e.g. a ManagedImageFromSnapshots or ManagedImage.fromImageId(...)',
  );
  const regionFix = "pass [{ name: 'westeurope' }, ...], or leave targetRegions out for the gallery's region";
  optionalArray(scope, 'targetRegions', props.targetRegions, regionFix, (region, at) => {
    requireObject(scope, at, region, regionFix);
    requireString(scope, `${at}.name`, region.name, REGION_FIX);
    optionalNumber(scope, `${at}.replicaCount`, region.replicaCount, 'pass a whole number from 1 to 2147483647');
    optionalEnumValue(scope, `${at}.storageAccountType`, region.storageAccountType as string | undefined, GalleryStorageAccountType, 'GalleryStorageAccountType');
  });
  optionalBoolean(scope, 'excludeFromLatest', props.excludeFromLatest);
  optionalString(scope, 'endOfLifeDate', props.endOfLifeDate, DATE_FIX);
  optionalStringMap(scope, 'tags', props.tags);
}

/** Arguments of `GalleryImageVersion.fromVersionId`. */
export function checkVersionReferenceTypes(scope: IConstruct, versionResourceId: unknown, attributes: GalleryImageVersionReferenceOptions): void {
  requireString(
    scope,
    'versionResourceId',
    versionResourceId,
    "pass the version's resource ID, /subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.Compute/galleries/{gallery}/images/{definition}/versions/{version}",
  );
  requireObject(scope, 'options', attributes, 'pass { location, osType, targetRegions } or leave the options out');
  optionalEnumValue(scope, 'options.osType', attributes.osType, OsType, 'OsType');
  optionalString(scope, 'options.location', attributes.location, REGION_FIX);
  optionalStringArray(scope, 'options.targetRegions', attributes.targetRegions, "pass a list of region names, e.g. ['westeurope']");
}
